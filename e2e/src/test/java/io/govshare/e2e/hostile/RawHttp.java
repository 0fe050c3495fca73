package io.govshare.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a socket, one per worker thread, that sends exactly the bytes it is given: a request
 * target with malformed percent-encoding, an empty or garbage header, a body that is not what its Content-Type says.
 * The JDK's and RestAssured's clients refuse or repair such requests before they leave, as a hostile client would
 * not. Keeps the connection while the server does, and reconnects once when a kept connection turns out closed.
 */
final class RawHttp implements AutoCloseable {

    /** The answer, or {@code status} 0 with {@code error} when none came. */
    record Answer(int status, Map<String, String> headers, byte[] body, String error) {

        String header(String name) {
            return this.headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(this.body, StandardCharsets.UTF_8);
        }
    }

    private static final int TIMEOUT_MILLIS = 60_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
    }

    /** Sends {@code method target} with the headers (in order, sent as given) and the body (may be null). */
    Answer send(String method, String target, List<String[]> headers, byte[] body) {
        boolean reused = this.socket != null;
        try {
            return exchange(method, target, headers, body);
        } catch (IOException first) {
            closeQuietly();
            if (!reused) {
                return new Answer(0, Map.of(), new byte[0], first.toString());
            }
            try {
                return exchange(method, target, headers, body);
            } catch (IOException second) {
                closeQuietly();
                return new Answer(0, Map.of(), new byte[0], second.toString());
            }
        }
    }

    private Answer exchange(String method, String target, List<String[]> headers, byte[] body) throws IOException {
        if (this.socket == null) {
            this.socket = new Socket();
            this.socket.connect(new InetSocketAddress(this.host, this.port), TIMEOUT_MILLIS);
            this.socket.setSoTimeout(TIMEOUT_MILLIS);
            this.socket.setTcpNoDelay(true);
            this.in = new java.io.BufferedInputStream(this.socket.getInputStream(), 65_536);
            this.out = new java.io.BufferedOutputStream(this.socket.getOutputStream(), 65_536);
        }
        var head = new ByteArrayOutputStream();
        write(head, method + " " + target + " HTTP/1.1\r\n");
        write(head, "Host: " + this.host + ":" + this.port + "\r\n");
        for (String[] header : headers) {
            write(head, header[0] + ": " + header[1] + "\r\n");
        }
        if (body != null) {
            write(head, "Content-Length: " + body.length + "\r\n");
        }
        write(head, "\r\n");
        // a server may answer (414, 413, 431) and close before it has read everything: read its answer anyway
        IOException writeFailure = null;
        try {
            this.out.write(head.toByteArray());
            if (body != null) {
                this.out.write(body);
            }
            this.out.flush();
        } catch (IOException e) {
            writeFailure = e;
        }
        Answer answer;
        try {
            answer = read(method);
        } catch (IOException e) {
            if (writeFailure != null) {
                e.addSuppressed(writeFailure);
            }
            throw e;
        }
        if (writeFailure != null || "close".equalsIgnoreCase(answer.header("connection"))) {
            closeQuietly();
        }
        return answer;
    }

    private Answer read(String method) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        String length = headers.get("content-length");
        if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (length != null) {
            body = this.in.readNBytes(Integer.parseInt(length.trim()));
        } else {
            body = this.in.readAllBytes();
            closeQuietly();
        }
        return new Answer(status, headers, body, null);
    }

    private byte[] chunked() throws IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("connection closed inside a chunked body");
            }
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            body.write(this.in.readNBytes(length));
            line();
        }
    }

    /** One line without its CRLF, or null at the end of the stream. */
    private String line() throws IOException {
        var line = new ByteArrayOutputStream();
        int b;
        while ((b = this.in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        // header values are sent as UTF-8 bytes, as a careless client would
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private void closeQuietly() {
        if (this.socket != null) {
            try {
                this.socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
        this.socket = null;
        this.in = null;
        this.out = null;
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
