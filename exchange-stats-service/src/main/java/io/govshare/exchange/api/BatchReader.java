package io.govshare.exchange.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.govshare.exchange.domain.BatchTooLargeException;
import io.govshare.exchange.domain.FieldError;
import io.govshare.exchange.domain.MalformedBatchException;
import io.govshare.exchange.domain.RecordDraft;
import io.govshare.exchange.domain.RecordLocation;
import io.govshare.exchange.service.BatchSource;

/**
 * Reads a batch body in one of the three formats of DESIGN §11 into drafts, one per record, noting every line or
 * element that cannot even be read. A body with more than {@code maxRecords} records stops reading at once.
 */
final class BatchReader {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String HEADER = "id,occurredAt,providerOrg,consumerOrg,resourceCode,calls";
    private static final List<String> COLUMNS =
            List.of("id", "occurredAt", "providerOrg", "consumerOrg", "resourceCode", "calls");
    private static final JsonFactory JSON = new JsonFactory();

    private final int maxRecords;
    private final Consumer<RecordDraft> drafts;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, String> codes = new HashMap<>();
    private int records;

    private BatchReader(int maxRecords, Consumer<RecordDraft> drafts) {
        this.maxRecords = maxRecords;
        this.drafts = drafts;
    }

    /**
     * Reads a body, handing each readable record to {@code drafts} as soon as it is read.
     *
     * @throws BatchTooLargeException at the first record beyond {@code maxRecords}
     * @throws MalformedBatchException when the body as a whole cannot be read
     */
    static BatchSource.Read read(String mediaType, byte[] body, int maxRecords, Consumer<RecordDraft> drafts) {
        BatchReader reader = new BatchReader(maxRecords, drafts);
        if (mediaType.equals(CSV)) {
            reader.csv(new String(body, StandardCharsets.UTF_8));
        } else if (mediaType.equals(NDJSON)) {
            reader.ndjson(new String(body, StandardCharsets.UTF_8));
        } else {
            reader.jsonArray(body);
        }
        return new BatchSource.Read(reader.errors, reader.records);
    }

    private void count() {
        if (++this.records > this.maxRecords) {
            throw new BatchTooLargeException(this.maxRecords);
        }
    }

    private void csv(String text) {
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNo = 0;
        int[] order = null;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int lineStart = pos;
            int lineEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            pos = end + 1;
            lineNo++;
            if (order == null) {
                order = header(text.substring(lineStart, lineEnd));
                continue;
            }
            if (isBlank(text, lineStart, lineEnd)) {
                continue;
            }
            count();
            RecordLocation at = RecordLocation.line(lineNo);
            List<String> fields = CsvLine.split(text, lineStart, lineEnd);
            if (fields == null) {
                this.errors.add(at.error("record", "malformed CSV line: a quoted field is not closed"));
            } else if (fields.size() != COLUMNS.size()) {
                this.errors.add(at.error(
                        "record", "malformed CSV line: " + fields.size() + " fields, expected " + COLUMNS.size()));
            } else {
                this.drafts.accept(draft(
                        at,
                        fields.get(order[0]),
                        fields.get(order[1]),
                        fields.get(order[2]),
                        fields.get(order[3]),
                        fields.get(order[4]),
                        fields.get(order[5])));
            }
        }
        if (order == null) {
            throw new MalformedBatchException("a CSV batch starts with the header line " + HEADER);
        }
    }

    /** The position of each of {@link #COLUMNS} in the header line; the header names all six, in any order. */
    private static int[] header(String line) {
        List<String> names = CsvLine.split(line);
        int[] order = new int[COLUMNS.size()];
        if (names == null || names.size() != COLUMNS.size()) {
            throw new MalformedBatchException("a CSV batch starts with the header line " + HEADER);
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            order[i] = names.indexOf(COLUMNS.get(i));
            if (order[i] < 0) {
                throw new MalformedBatchException("a CSV batch starts with the header line " + HEADER);
            }
        }
        return order;
    }

    private void ndjson(String text) {
        int pos = 0;
        int lineNo = 0;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(pos, end);
            pos = end + 1;
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            count();
            RecordLocation at = RecordLocation.line(lineNo);
            try (JsonParser parser = JSON.createParser(line)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    this.errors.add(at.error("record", "malformed line: each line is one JSON object"));
                    continue;
                }
                RecordDraft draft = object(parser, at);
                if (parser.nextToken() != null) {
                    this.errors.add(at.error("record", "malformed line: text after the JSON object"));
                } else if (draft != null) {
                    this.drafts.accept(draft);
                }
            } catch (IOException e) {
                this.errors.add(at.error("record", "malformed line: not a JSON object"));
            }
        }
    }

    private void jsonArray(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new MalformedBatchException("a JSON batch is an array of records");
            }
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new MalformedBatchException("the JSON array is not closed");
                }
                count();
                RecordLocation at = RecordLocation.index(index++);
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    this.errors.add(at.error("", "must be a JSON object"));
                    continue;
                }
                RecordDraft draft = object(parser, at);
                if (draft != null) {
                    this.drafts.accept(draft);
                }
            }
            if (parser.nextToken() != null) {
                throw new MalformedBatchException("text after the JSON array");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedBatchException(
                    "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new MalformedBatchException("the body could not be read");
        }
    }

    /** The draft of the object the parser stands at, or null when a field has a nested value (noted as an error). */
    private RecordDraft object(JsonParser parser, RecordLocation at) throws IOException {
        String[] values = new String[COLUMNS.size()];
        boolean readable = true;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int column = COLUMNS.indexOf(name);
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                if (column >= 0) {
                    this.errors.add(at.error(name, "must be a string or a number"));
                    readable = false;
                }
            } else if (column >= 0 && value != JsonToken.VALUE_NULL) {
                values[column] = parser.getText().trim();
            }
        }
        return readable ? draft(at, values[0], values[1], values[2], values[3], values[4], values[5]) : null;
    }

    /**
     * A draft whose organization and resource codes are shared with the earlier records of the batch that name the
     * same ones: a batch names a few thousand codes a hundred thousand times, and the copies die young instead of
     * staying in memory (and in the collector's way) until the batch is stored.
     */
    private RecordDraft draft(
            RecordLocation at,
            String id,
            String occurredAt,
            String providerOrg,
            String consumerOrg,
            String resourceCode,
            String calls) {
        return new RecordDraft(
                at, id, occurredAt, shared(providerOrg), shared(consumerOrg), shared(resourceCode), calls);
    }

    private String shared(String code) {
        if (code == null) {
            return null;
        }
        String earlier = this.codes.putIfAbsent(code, code);
        return earlier != null ? earlier : code;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
