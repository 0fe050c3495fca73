package io.govshare.exchange.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.web.JsonHardening;
import io.govshare.exchange.domain.BatchTally;
import io.govshare.exchange.domain.ExchangeMessages;
import io.govshare.exchange.domain.MalformedBatchException;
import io.govshare.exchange.domain.RecordDraft;
import io.govshare.exchange.domain.RecordLocation;

/**
 * Reads a batch body in one of the three formats of docs/api.md into drafts, one per record, telling the tally of
 * every line or element that cannot even be read. JSON is read with the limits of every GovShare body (nesting at most
 * {@value JsonHardening#MAX_NESTING_DEPTH} levels, no member twice). Text that is not UTF-8 reaches the record checks
 * as a lone surrogate, so that they refuse it naming the line and field.
 */
public final class BatchReader {

    public static final String JSON = "application/json";
    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    public static final String HEADER = "id,occurredAt,providerOrg,consumerOrg,resourceCode,calls";

    private static final List<String> COLUMNS =
            List.of("id", "occurredAt", "providerOrg", "consumerOrg", "resourceCode", "calls");
    private static final JsonFactory FACTORY = JsonHardening.factory(new JsonFactory());
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']{0,200})'");
    /** Marks a byte sequence that is not UTF-8: a lone surrogate, which no record check lets through. */
    private static final String NOT_UTF8 = "\uDFFF";
    /** 16,384 slots for the codes of a batch (a batch of the benchmark names ~6,000). */
    private static final int CODE_SLOT_BITS = 14;

    private final Consumer<RecordDraft> drafts;
    private final BatchTally tally;
    /**
     * The codes met in this batch, each in the slot of a mixed hash of its text: a cache that may forget (a code
     * whose slot another one took is simply not shared). The hashes of codes that differ only in their last
     * characters (br.00001, br.00002, …) have close low bits, and a HashMap of them crowded a few buckets into trees:
     * a JFR profile of the benchmark's ingestion showed ~10 % of the service's CPU in those trees (README "Benchmark").
     */
    private final String[] codes = new String[1 << CODE_SLOT_BITS];

    private BatchReader(Consumer<RecordDraft> drafts, BatchTally tally) {
        this.drafts = drafts;
        this.tally = tally;
    }

    /** The batch of a body of the given media type (JSON, NDJSON or CSV). */
    public static BatchSource source(String mediaType, byte[] body) {
        return (drafts, tally) -> {
            BatchReader reader = new BatchReader(drafts, tally);
            if (mediaType.equals(CSV)) {
                reader.csv(text(body));
            } else if (mediaType.equals(NDJSON)) {
                reader.ndjson(text(body));
            } else {
                reader.jsonArray(body);
            }
        };
    }

    /**
     * The body as text. The fast decoder replaces bytes that are not UTF-8 with U+FFFD; only when one shows up is the
     * body decoded again, marking each such sequence so that the record holding it is refused.
     */
    static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(NOT_UTF8);
        try {
            return decoder.decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedBatchException(ExchangeMessages.UNREADABLE);
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
            this.tally.record();
            RecordLocation at = RecordLocation.line(lineNo);
            List<String> fields = CsvLine.split(text, lineStart, lineEnd);
            if (fields == null) {
                this.tally.error(at, "record", ExchangeMessages.CSV_QUOTE);
            } else if (fields.size() != COLUMNS.size()) {
                this.tally.error(at, "record", ExchangeMessages.CSV_FIELDS, fields.size(), COLUMNS.size());
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
            throw new MalformedBatchException(ExchangeMessages.CSV_HEADER, HEADER);
        }
    }

    /** The position of each of {@link #COLUMNS} in the header line; the header names all six, in any order. */
    private static int[] header(String line) {
        List<String> names = CsvLine.split(line);
        int[] order = new int[COLUMNS.size()];
        if (names == null || names.size() != COLUMNS.size()) {
            throw new MalformedBatchException(ExchangeMessages.CSV_HEADER, HEADER);
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            order[i] = names.indexOf(COLUMNS.get(i));
            if (order[i] < 0) {
                throw new MalformedBatchException(ExchangeMessages.CSV_HEADER, HEADER);
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
            this.tally.record();
            RecordLocation at = RecordLocation.line(lineNo);
            try (JsonParser parser = FACTORY.createParser(line)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    this.tally.error(at, "record", ExchangeMessages.LINE_NOT_OBJECT);
                    continue;
                }
                RecordDraft draft = object(parser, at);
                if (parser.nextToken() != null) {
                    this.tally.error(at, "record", ExchangeMessages.LINE_TRAILING);
                } else if (draft != null) {
                    this.drafts.accept(draft);
                }
            } catch (StreamConstraintsException e) {
                this.tally.error(at, "record", ExchangeMessages.TOO_DEEP, JsonHardening.MAX_NESTING_DEPTH);
            } catch (JsonParseException e) {
                String duplicate = duplicateOf(e);
                if (duplicate != null && COLUMNS.contains(duplicate)) {
                    this.tally.error(at, duplicate, ExchangeMessages.GIVEN_TWICE);
                } else if (duplicate != null) {
                    this.tally.error(at, "record", ExchangeMessages.DUPLICATE_MEMBER);
                } else {
                    this.tally.error(at, "record", ExchangeMessages.LINE_NOT_JSON);
                }
            } catch (IOException e) {
                this.tally.error(at, "record", ExchangeMessages.LINE_NOT_JSON);
            }
        }
    }

    private void jsonArray(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new MalformedBatchException(ExchangeMessages.NOT_AN_ARRAY);
            }
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new MalformedBatchException(ExchangeMessages.ARRAY_NOT_CLOSED);
                }
                this.tally.record();
                RecordLocation at = RecordLocation.index(index++);
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    this.tally.error(at, "", ExchangeMessages.NOT_OBJECT);
                    continue;
                }
                RecordDraft draft = object(parser, at);
                if (draft != null) {
                    this.drafts.accept(draft);
                }
            }
            if (parser.nextToken() != null) {
                throw new MalformedBatchException(ExchangeMessages.TEXT_AFTER_ARRAY);
            }
        } catch (StreamConstraintsException e) {
            throw String.valueOf(e.getMessage()).contains("nesting depth")
                    ? new MalformedBatchException(CommonMessages.TOO_DEEP, JsonHardening.MAX_NESTING_DEPTH)
                    : new MalformedBatchException(CommonMessages.TOO_BIG, "string or number");
        } catch (JsonProcessingException e) {
            String duplicate = e instanceof JsonParseException parse ? duplicateOf(parse) : null;
            if (duplicate != null) {
                throw new MalformedBatchException(
                        CommonMessages.DUPLICATE_KEY, COLUMNS.contains(duplicate) ? duplicate : "…");
            }
            throw new MalformedBatchException(
                    ExchangeMessages.NOT_JSON_AT,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new MalformedBatchException(ExchangeMessages.UNREADABLE);
        }
    }

    /** The member named twice, when that is what the parser refused. */
    private static String duplicateOf(JsonParseException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return duplicate.find() ? duplicate.group(1) : null;
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
                    this.tally.error(at, name, ExchangeMessages.NESTED_VALUE);
                    readable = false;
                }
            } else if (column >= 0 && value != JsonToken.VALUE_NULL) {
                values[column] = CsvLine.blankTrimmed(parser.getText());
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
        int slot = (code.hashCode() * 0x9E3779B9) >>> (32 - CODE_SLOT_BITS);
        String earlier = this.codes[slot];
        if (earlier != null && earlier.equals(code)) {
            return earlier;
        }
        this.codes[slot] = code;
        return code;
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
