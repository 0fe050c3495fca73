package io.govshare.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.govshare.e2e.Caller;
import io.govshare.e2e.OpenApi;
import io.govshare.e2e.Tokens;

/**
 * The malformed variants of one operation: its valid-ish base request (from the document's parameters and body
 * schema, with {@link BaseValues}) changed in one place at a time. Each call of {@link #all()} builds them afresh, with
 * new random ids and texts.
 */
final class Variants {

    static final String EXCHANGE_RECORDS = "POST /api/v1/exchange-records";
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String CSV_HEADER = "id,occurredAt,providerOrg,consumerOrg,resourceCode,calls";
    static final int DEEP = 1_500;

    /** The tokens of other issuers, audiences and kinds, fetched once per service. */
    record ForeignTokens(String admin, String idToken, String otherClient, String otherRealm) {

        static ForeignTokens fetch() {
            return new ForeignTokens(
                    Caller.ADMIN.token(), Tokens.idToken("admin"), Tokens.otherClient("admin"), Tokens.otherRealm());
        }

        /** Fetched again when older than half a minute: the master realm's tokens live one minute. */
        static Supplier<ForeignTokens> fresh() {
            return new Supplier<>() {
                private ForeignTokens tokens;
                private java.time.Instant fetched = java.time.Instant.MIN;

                @Override
                public synchronized ForeignTokens get() {
                    java.time.Instant now = java.time.Instant.now();
                    if (this.tokens == null || this.fetched.plusSeconds(30).isBefore(now)) {
                        this.tokens = fetch();
                        this.fetched = now;
                    }
                    return this.tokens;
                }
            };
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** An exchange record as docs/api.md describes it: the documents give the batch body only as binary. */
    private static final JsonNode RECORD_SCHEMA = read("{\"type\":\"object\",\"properties\":{"
            + "\"id\":{\"type\":\"string\",\"maxLength\":128},"
            + "\"occurredAt\":{\"type\":\"string\",\"format\":\"date-time\"},"
            + "\"providerOrg\":{\"type\":\"string\",\"pattern\":\"" + Field.CODE_PATTERN + "\"},"
            + "\"consumerOrg\":{\"type\":\"string\",\"pattern\":\"" + Field.CODE_PATTERN + "\"},"
            + "\"resourceCode\":{\"type\":\"string\",\"pattern\":\"" + Field.CODE_PATTERN + "\"},"
            + "\"calls\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":2147483647}}}");

    private static final JsonNode BATCH_SCHEMA =
            MAPPER.createObjectNode().put("type", "array").set("items", RECORD_SCHEMA);

    private final OpenApi api;
    private final OpenApi.Operation op;
    private final Supplier<ForeignTokens> tokens;
    private final Random random;
    private final Caller primary;
    private final Caller secondary;
    private final BaseValues values;

    Variants(OpenApi api, OpenApi.Operation op, Supplier<ForeignTokens> tokens, Random random, Caller primary) {
        this.api = api;
        this.op = op;
        this.tokens = tokens;
        this.random = random;
        this.primary = primary;
        this.secondary = primary == Caller.ADMIN ? Caller.ZWFW : Caller.ADMIN;
        this.values = new BaseValues(api, op);
    }

    boolean isExchangeRecords() {
        return this.op.key().equals(EXCHANGE_RECORDS);
    }

    /** The body schema as written: JSON (or any type, as report-service's publish declares), else none. */
    private JsonNode bodySchema() {
        if (isExchangeRecords()) {
            return BATCH_SCHEMA;
        }
        JsonNode schema = this.op.bodies().get(JSON);
        if (schema == null) {
            schema = this.op.bodies().get("*/*");
        }
        return schema;
    }

    private Field bodyRoot() {
        JsonNode schema = bodySchema();
        return schema == null ? null : Field.of(this.api, "body", "", schema);
    }

    /** The base request, as valid as the suite can make it without harm, with fresh random values. */
    Draft base() {
        Draft draft = new Draft(this.op);
        draft.caller = this.primary;
        draft.header("Accept", JSON);
        for (Field field : parameters("path")) {
            draft.path.put(field.name(), Draft.encode(this.values.parameter(field)));
        }
        for (Field field : parameters("query")) {
            if (!BaseValues.leftOutOfQuery(field.name())) {
                draft.queryParam(field.name(), Draft.encode(this.values.parameter(field)));
            }
        }
        Field root = bodyRoot();
        if (root != null) {
            draft.body(JSON, JsonText.bytes(this.values.value(root)));
        }
        return draft;
    }

    /** The base first, then every variant; one in ten sent by the other kind of caller (admin or department). */
    List<Variant> all() {
        Draft base = base();
        List<Variant> out = new ArrayList<>();
        out.add(base.variant("base", "valid-ish base request", ""));
        tokens(base, out);
        accept(base, out);
        if (base.body != null) {
            contentTypes(base, out);
        }
        for (Field field : parameters("path")) {
            pathParameter(base, field, out);
        }
        for (Field field : parameters("query")) {
            queryParameter(base, field, out);
        }
        pages(base, out);
        for (Field field : parameters("header")) {
            headerParameter(base, field, out);
        }
        Field root = bodyRoot();
        if (root != null) {
            JsonNode json = this.values.value(root);
            jsonBody(base, root, json, out);
            if (isExchangeRecords()) {
                ndjson(base, json.get(0), out);
                csv(base, json.get(0), out);
            }
        }
        for (int i = 5; i < out.size(); i += 10) {
            Variant v = out.get(i);
            if (v.authorization() == null && v.caller() == this.primary) {
                out.set(
                        i,
                        new Variant(
                                v.operation(),
                                v.where(),
                                v.kind(),
                                v.shown(),
                                v.method(),
                                v.target(),
                                v.headers(),
                                v.body(),
                                this.secondary,
                                null));
            }
        }
        return out;
    }

    private List<Field> parameters(String in) {
        List<Field> fields = new ArrayList<>();
        for (OpenApi.Parameter p : this.op.parameters()) {
            if (p.in().equals(in)) {
                fields.add(Field.of(this.api, p.name(), in + ":" + p.name(), p.schema()));
            }
        }
        return fields;
    }

    private boolean required(String name) {
        return this.op.parameters().stream().anyMatch(p -> p.name().equals(name) && p.required());
    }

    // ---- tokens and headers

    private void tokens(Draft base, List<Variant> out) {
        ForeignTokens tokens = this.tokens.get();
        String admin = tokens.admin();
        String[] parts = admin.split("\\.");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1];
        JsonNode claims = Tokens.claims(admin);
        String tampered = parts[0] + "."
                + b64(((ObjectNode) claims.deepCopy())
                        .put("preferred_username", "root")
                        .toString()) + "." + parts[2];
        String[][] bad = {
            {"dots only", "Bearer ..."},
            {"one dot", "Bearer ."},
            {"2 segments", "Bearer abc.def"},
            {"4 segments", "Bearer a.b.c.d"},
            {"empty", "Bearer "},
            {"scheme only", "Bearer"},
            {"3 segments of {}", "Bearer e30.e30.e30"},
            {"not base64url", "Bearer !!!.@@@.###"},
            {"alg none, no signature", "Bearer " + none + "."},
            {"alg none, a signature", "Bearer " + none + ".eA"},
            {"signature replaced", "Bearer " + parts[0] + "." + parts[1] + ".AAAA"},
            {"claims changed", "Bearer " + tampered},
            {"Basic scheme", "Basic YWRtaW46ZGVtbw=="},
            {"13,000 chars", "Bearer " + "a".repeat(6_500) + "." + "b".repeat(6_000) + ".c"},
            {"20,000 chars", "Bearer " + "a".repeat(10_000) + "." + "b".repeat(9_998) + ".c"},
            {"two tokens", "Bearer " + admin + ", Bearer " + admin},
        };
        for (String[] token : bad) {
            Draft draft = base.copy();
            draft.authorization = token[1];
            out.add(draft.variant("token", "bad token", token[0]));
        }
        String[][] foreign = {
            {"ID token", tokens.idToken()},
            {"another client (admin-cli)", tokens.otherClient()},
            {"another realm (master)", tokens.otherRealm()},
        };
        for (String[] token : foreign) {
            Draft draft = base.copy();
            draft.authorization = "Bearer " + token[1];
            out.add(draft.variant("token", "foreign token", token[0]));
        }
        for (Caller caller : List.of(Caller.FOREIGN, Caller.EXPIRED)) {
            Draft draft = base.copy();
            draft.caller = caller;
            out.add(draft.variant("token", "foreign token", caller.label()));
        }
    }

    private static final List<String> ACCEPTS = List.of(
            "garbage",
            "",
            "application/xml",
            "image/png",
            "text/html;q=x",
            ",",
            "*/*;q=abc",
            "application/json, garbage",
            "text/*;level=\"",
            "a/" + "b".repeat(1_000));

    private void accept(Draft base, List<Variant> out) {
        for (String accept : ACCEPTS) {
            out.add(base.copy().header("Accept", accept).variant("header Accept", "bad Accept", Bad.show(accept)));
        }
        for (String language : List.of("garbage;;", "zh-CN;q=abc", "x".repeat(1_000))) {
            out.add(base.copy()
                    .header("Accept-Language", language)
                    .variant("header Accept-Language", "bad Accept-Language", Bad.show(language)));
        }
    }

    private void contentTypes(Draft base, List<Variant> out) {
        List<String> types = new ArrayList<>(List.of(
                "",
                "garbage",
                "text/plain",
                "application/xml",
                "application/json; charset=nonsense",
                "application/json; charset=UTF-16",
                "application/x-www-form-urlencoded",
                "multipart/form-data",
                "application/json;;",
                "/",
                "application/octet-stream",
                CSV,
                NDJSON));
        out.add(base.copy().header("Content-Type", null).variant("header Content-Type", "bad Content-Type", "none"));
        for (String type : types) {
            out.add(base.copy()
                    .header("Content-Type", type)
                    .variant("header Content-Type", "bad Content-Type", Bad.show(type)));
        }
    }

    private static final List<String[]> MALFORMED_ENCODING = List.of(
            new String[] {"malformed percent-encoding", "%"},
            new String[] {"malformed percent-encoding", "%zz"},
            new String[] {"malformed percent-encoding", "%E4%B8"},
            new String[] {"malformed percent-encoding", "%C0%80"},
            new String[] {"malformed percent-encoding", "%FF"});

    private void pathParameter(Draft base, Field field, List<Variant> out) {
        String where = "path " + field.name();
        for (Bad bad : Bad.texts(field, this.random)) {
            Draft draft = base.copy();
            draft.path.put(field.name(), Draft.encode(bad.text()));
            out.add(draft.variant(where, bad));
        }
        List<String[]> raw = new ArrayList<>(MALFORMED_ENCODING);
        raw.add(new String[] {"path trick", "%2F"});
        raw.add(new String[] {"path trick", ".."});
        raw.add(new String[] {"path trick", "%2e%2e"});
        raw.add(new String[] {"path trick", "%20"});
        for (String[] value : raw) {
            Draft draft = base.copy();
            draft.path.put(field.name(), value[1]);
            out.add(draft.variant(where, value[0], value[1]));
        }
    }

    private void queryParameter(Draft base, Field field, List<Variant> out) {
        String name = field.name();
        String where = "query " + name;
        for (Bad bad : Bad.texts(field, this.random)) {
            out.add(base.copy().queryParam(name, Draft.encode(bad.text())).variant(where, bad));
        }
        for (String[] value : MALFORMED_ENCODING) {
            out.add(base.copy().queryParam(name, value[1]).variant(where, value[0], value[1]));
        }
        String value = Draft.encode(this.values.parameter(field));
        Draft repeated = base.copy().queryParam(name, value);
        repeated.query.add(new String[] {name, "x"});
        out.add(repeated.variant(where, "repeated parameter", name + "=" + value + "&" + name + "=x"));
        Draft bare = base.copy().queryParam(name, null);
        bare.query.add(new String[] {name, null});
        out.add(bare.variant(where, "parameter without value", name));
        if (required(name)) {
            out.add(base.copy().queryParam(name, null).variant(where, "required parameter missing", ""));
        }
    }

    private static final String[][] PAGES = {
        {"2147483647", "50"},
        {"4294968", "500"},
        {"2000001", "500"},
        {"2147483648", "50"},
        {"-1", "50"},
        {"0", "0"},
        {"0", "501"},
        {"0", "2147483647"},
        {"99999999999999999999", "500"},
    };

    private void pages(Draft base, List<Variant> out) {
        boolean paged = this.op.parameters().stream().anyMatch(p -> p.name().equals("page"))
                && this.op.parameters().stream().anyMatch(p -> p.name().equals("size"));
        if (!paged) {
            return;
        }
        for (String[] page : PAGES) {
            out.add(base.copy()
                    .queryParam("page", page[0])
                    .queryParam("size", page[1])
                    .variant("query page, size", "page overflow", "page=" + page[0] + "&size=" + page[1]));
        }
    }

    private void headerParameter(Draft base, Field field, List<Variant> out) {
        for (String value : List.of(
                "garbage",
                "\"-1\"",
                "\"99999999999999999999\"",
                "W/\"1\"",
                "*",
                "",
                "\"\"",
                "\"" + "9".repeat(5_000) + "\"",
                "\"1\", \"2\"",
                "\"端到端\"")) {
            out.add(base.copy()
                    .header(field.name(), value)
                    .variant("header " + field.name(), "bad " + field.name(), Bad.show(value)));
        }
    }

    // ---- JSON bodies

    private void jsonBody(Draft base, Field root, JsonNode json, List<Variant> out) {
        byte[] bytes = JsonText.bytes(json);
        String text = JsonText.write(json);
        List<Object[]> whole = new ArrayList<>();
        if (bytes.length > 2) {
            whole.add(new Object[] {"truncated JSON", "1 byte", slice(bytes, 1)});
            whole.add(new Object[] {"truncated JSON", "half", slice(bytes, bytes.length / 2)});
            whole.add(new Object[] {"truncated JSON", "last byte cut", slice(bytes, bytes.length - 1)});
        }
        whole.add(new Object[] {"empty body", "", new byte[0]});
        whole.add(new Object[] {"wrong root", "null", JsonText.ascii("null")});
        for (String other : json.isArray()
                ? List.of("{}", "\"x\"", "1", "[\"x\"]", "[1]", "[null]", "[[]]")
                : List.of("[]", "\"x\"", "1", "true")) {
            whole.add(new Object[] {"wrong root", other, JsonText.ascii(other)});
        }
        whole.add(new Object[] {"nesting " + DEEP + " deep", "arrays", JsonText.ascii(JsonText.nestedArrays(DEEP))});
        whole.add(new Object[] {"nesting " + DEEP + " deep", "objects", JsonText.ascii(JsonText.nestedObjects(DEEP))});
        whole.add(new Object[] {"trailing garbage", "x", concat(bytes, JsonText.ascii(" x"))});
        whole.add(new Object[] {"trailing garbage", "two documents", concat(bytes, bytes)});
        whole.add(new Object[] {"not JSON", "comment", concat(JsonText.ascii("/* e2e */"), bytes)});
        whole.add(new Object[] {
            "not JSON", "single quotes", text.replace('"', '\'').getBytes(StandardCharsets.UTF_8)
        });
        whole.add(new Object[] {"not JSON", "byte 0xFF first", concat(new byte[] {(byte) 0xff}, bytes)});
        whole.add(new Object[] {"not JSON", "NUL byte after", concat(bytes, new byte[] {0})});
        whole.add(new Object[] {"other encoding", "UTF-16", text.getBytes(StandardCharsets.UTF_16)});
        whole.add(new Object[] {
            "other encoding", "BOM", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes)
        });
        String type = base.headers.get("Content-Type");
        for (Object[] w : whole) {
            out.add(base.copy().body(type, (byte[]) w[2]).variant("body", (String) w[0], (String) w[1]));
        }
        for (Field field : Field.walk(this.api, root.name(), "", bodySchema())) {
            if (field.pointer().isEmpty()) {
                continue;
            }
            for (Object[] raw : raws(field, json)) {
                byte[] changed = JsonText.replace(json, field.pointer(), (byte[]) raw[2]);
                out.add(base.copy().body(type, changed).variant("body " + field.pointer(), (String) raw[0], (String)
                        raw[1]));
            }
        }
    }

    /** Every raw JSON value the field is tried with: {kind, shown, bytes}. */
    private List<Object[]> raws(Field field, JsonNode base) {
        List<Object[]> raws = new ArrayList<>();
        List<String> wrongTypes = switch (field.kind()) {
            case INTEGER, NUMBER -> List.of("\"abc\"", "true", "{}", "[]");
            case BOOLEAN -> List.of("\"maybe\"", "2", "{}", "[]");
            case ARRAY -> List.of("\"x\"", "{}", "1", "true");
            case OBJECT -> List.of("\"x\"", "[]", "1", "true");
            // numbers and booleans become strings in lenient parsers: none of these may turn into a valid code
            default ->
                field.isCode()
                        ? List.of("{}", "[]", "-1.5", "[\"x\"]")
                        : List.of("{}", "[]", "-1.5", "[\"x\"]", "true");
        };
        wrongTypes.forEach(raw -> raws.add(raw("wrong JSON type", raw, raw)));
        if (!field.name().equals("code")) {
            raws.add(raw("null", "", "null"));
        }
        if (field.kind() == Field.Kind.INTEGER || field.kind() == Field.Kind.NUMBER) {
            for (String n : List.of(
                    "-1",
                    "0",
                    "-2147483649",
                    "2147483648",
                    "9223372036854775808",
                    "-9223372036854775809",
                    "1e400",
                    "-1e400",
                    "99999999999999999999999999999999999999",
                    "1.5",
                    "1e-400",
                    "NaN",
                    "Infinity",
                    "01",
                    "0x10",
                    "-0")) {
                raws.add(raw("huge or negative number", n, n));
            }
            if (field.schema().has("maximum")) {
                String over = new java.math.BigDecimal(
                                field.schema().path("maximum").asText())
                        .add(java.math.BigDecimal.ONE)
                        .toPlainString();
                raws.add(raw("over maximum", over, over));
            }
        }
        raws.add(raw("nesting " + DEEP + " deep", "arrays", JsonText.nestedArrays(DEEP)));
        raws.add(raw("nesting " + DEEP + " deep", "objects", JsonText.nestedObjects(DEEP)));
        String original = JsonText.at(base, field.pointer());
        String parent = field.pointer().substring(0, field.pointer().lastIndexOf('/'));
        if (original != null && base.at(parent).isObject()) {
            raws.add(raw("duplicated key", field.name(), original + ",\"" + field.name() + "\":" + original));
        }
        if (field.kind() == Field.Kind.ARRAY) {
            raws.add(raw("empty array", "[]", "[]"));
            JsonNode item = base.at(field.pointer() + "/0");
            Integer max = field.maxItems();
            if (max != null && !item.isMissingNode()) {
                ArrayNode many = MAPPER.createArrayNode();
                for (int i = 0; i <= max; i++) {
                    many.add(item);
                }
                raws.add(raw("over maxItems", (max + 1) + " items", JsonText.write(many)));
            }
        }
        if (field.kind().textual()) {
            for (Bad bad : Bad.texts(field, this.random)) {
                raws.add(new Object[] {
                    bad.kind(), bad.shown(), JsonText.quote(bad.text()).getBytes(StandardCharsets.UTF_8)
                });
            }
            raws.add(new Object[] {"not UTF-8", "0xC3 0x28", new byte[] {'"', 'e', (byte) 0xc3, 0x28, '"'}});
            raws.add(new Object[] {"unescaped control character", "0x01", new byte[] {'"', 'e', 0x01, 'x', '"'}});
        }
        return raws;
    }

    private static Object[] raw(String kind, String shown, String json) {
        return new Object[] {kind, shown.length() > 40 ? shown.substring(0, 40) + "…" : shown, JsonText.ascii(json)};
    }

    // ---- exchange records as NDJSON and CSV

    private void ndjson(Draft base, JsonNode record, List<Variant> out) {
        String line = JsonText.write(record);
        Draft ndjson = base.copy().body(NDJSON, JsonText.ascii(line + "\n"));
        out.add(ndjson.variant("ndjson", "valid-ish base request", ""));
        String[][] whole = {
            {"empty body", "", ""},
            {"blank lines only", "", "\n\n\n"},
            {"line not an object", "[]", "[]\n"},
            {"line not an object", "1", "1\n"},
            {"line not an object", "null", "null\n"},
            {"line not an object", "\"x\"", "\"x\"\n"},
            {"truncated JSON", "half a line", line.substring(0, line.length() / 2) + "\n"},
            {"nesting " + DEEP + " deep", "arrays", JsonText.nestedArrays(DEEP) + "\n"},
            {"nesting " + DEEP + " deep", "objects", JsonText.nestedObjects(DEEP) + "\n"},
            {"two objects on a line", "", line + line + "\n"},
            {"garbage line", "second line", line + "\ngarbage\n"},
            {"other encoding", "BOM", "\ufeff" + line + "\n"},
            {"line separators", "CR only", line + "\r" + line + "\r"},
            {"NUL", "NUL byte between lines", line + "\n\u0000\n"},
            {"JSON array", "as NDJSON", "[" + line + "]\n"},
        };
        for (String[] w : whole) {
            out.add(base.copy().body(NDJSON, Draft.wtf8(w[2])).variant("ndjson body", w[0], w[1]));
        }
        out.add(base.copy()
                .body(NDJSON, concat(new byte[] {(byte) 0xff}, JsonText.ascii(line + "\n")))
                .variant("ndjson body", "not UTF-8", "byte 0xFF first"));
        for (Field field : Field.walk(this.api, "record", "", RECORD_SCHEMA)) {
            if (field.pointer().isEmpty()) {
                continue;
            }
            for (Object[] raw : raws(field, record)) {
                byte[] changed =
                        concat(JsonText.replace(record, field.pointer(), (byte[]) raw[2]), JsonText.ascii("\n"));
                out.add(base.copy().body(NDJSON, changed).variant("ndjson " + field.pointer(), (String) raw[0], (String)
                        raw[1]));
            }
        }
    }

    private void csv(Draft base, JsonNode record, List<Variant> out) {
        List<String> cells = new ArrayList<>();
        for (String column : CSV_HEADER.split(",")) {
            cells.add(record.path(column).asText());
        }
        String line = String.join(",", cells);
        String body = CSV_HEADER + "\n" + line + "\n";
        out.add(base.copy().body(CSV, Draft.wtf8(body)).variant("csv", "valid-ish base request", ""));
        String[][] whole = {
            {"header only", "", CSV_HEADER + "\n"},
            {"no header", "", line + "\n"},
            {"unknown column", "extra", CSV_HEADER + ",extra\n" + line + ",x\n"},
            {
                "missing column",
                "calls",
                CSV_HEADER.substring(0, CSV_HEADER.lastIndexOf(',')) + "\n" + line.substring(0, line.lastIndexOf(','))
                        + "\n"
            },
            {"duplicated column", "id", "id," + CSV_HEADER + "\n" + "x," + line + "\n"},
            {"extra field", "", CSV_HEADER + "\n" + line + ",x\n"},
            {"missing field", "", CSV_HEADER + "\n" + line.substring(0, line.lastIndexOf(',')) + "\n"},
            {"unterminated quote", "", CSV_HEADER + "\n\"" + line + "\n"},
            {"stray quote", "", CSV_HEADER + "\ne2e\"hostile" + line.substring(line.indexOf(',')) + "\n"},
            {"empty body", "", ""},
            {"blank lines only", "", "\n\n\n"},
            {"other encoding", "BOM", "\ufeff" + body},
            {"line separators", "CR only", CSV_HEADER + "\r" + line + "\r"},
            {"other separator", ";", CSV_HEADER.replace(',', ';') + "\n" + line.replace(',', ';') + "\n"},
            {"many columns", DEEP + " commas", CSV_HEADER + "\n" + line + ",".repeat(DEEP) + "\n"},
            {"quoted line break", "in id", CSV_HEADER + "\n\"e2e\nhostile\"" + line.substring(line.indexOf(',')) + "\n"
            },
        };
        for (String[] w : whole) {
            out.add(base.copy().body(CSV, Draft.wtf8(w[2])).variant("csv body", w[0], w[1]));
        }
        out.add(base.copy()
                .body(CSV, concat(JsonText.ascii(CSV_HEADER + "\n"), new byte[] {(byte) 0xff, ','}, Draft.wtf8(line)))
                .variant("csv body", "not UTF-8", "byte 0xFF in a cell"));
        String[] columns = CSV_HEADER.split(",");
        for (int c = 0; c < columns.length; c++) {
            Field field = Field.of(
                    this.api,
                    columns[c],
                    "csv:" + columns[c],
                    RECORD_SCHEMA.path("properties").path(columns[c]));
            for (Bad bad : Bad.texts(field, this.random)) {
                List<String> changed = new ArrayList<>(cells);
                changed.set(c, csvCell(bad.text()));
                String text = CSV_HEADER + "\n" + String.join(",", changed) + "\n";
                out.add(base.copy().body(CSV, Draft.wtf8(text)).variant("csv " + columns[c], bad));
            }
        }
    }

    private static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    // ---- bytes

    private static byte[] slice(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, length);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
