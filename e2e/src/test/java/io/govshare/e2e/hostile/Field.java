package io.govshare.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.govshare.e2e.OpenApi;

/**
 * A value the client chooses: a path, query or header parameter, or a member of a JSON body (addressed by its JSON
 * pointer), with what kind of value it is. The kind comes from the schema, and from the name where a document does
 * not say it yet (a month typed as an object, a code as a plain string).
 */
record Field(String name, String pointer, Kind kind, JsonNode schema, List<String> enumValues) {

    enum Kind {
        MONTH,
        DATE,
        DATE_TIME,
        UUID,
        CODE,
        ENUM,
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        ARRAY,
        OBJECT;

        /** A kind written as a JSON string. */
        boolean textual() {
            return this != INTEGER && this != NUMBER && this != BOOLEAN && this != ARRAY && this != OBJECT;
        }
    }

    /** The pattern of codes in the documents (docs/api.md, "Values"). */
    static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    private static final Set<String> CODE_NAMES = Set.of(
            "code",
            "orgCode",
            "org",
            "providerOrg",
            "consumerOrg",
            "applicantOrg",
            "regionCode",
            "resourceCode",
            "ministryCode");
    private static final int MAX_DEPTH = 5;

    static Field of(OpenApi api, String name, String pointer, JsonNode written) {
        JsonNode schema = api.resolve(written);
        return new Field(name, pointer, kindOf(name, written, schema), schema, enumValues(name, schema));
    }

    /** The field and, for objects and arrays, every member below it (an array by its first item, {@code /0}). */
    static List<Field> walk(OpenApi api, String name, String pointer, JsonNode written) {
        List<Field> fields = new ArrayList<>();
        walk(api, name, pointer, written, 0, fields);
        return fields;
    }

    private static void walk(OpenApi api, String name, String pointer, JsonNode written, int depth, List<Field> out) {
        Field field = of(api, name, pointer, written);
        out.add(field);
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (field.kind == Kind.OBJECT) {
            field.schema
                    .path("properties")
                    .fields()
                    .forEachRemaining(member -> walk(
                            api, member.getKey(), pointer + "/" + member.getKey(), member.getValue(), depth + 1, out));
        } else if (field.kind == Kind.ARRAY) {
            walk(api, itemName(name), pointer + "/0", field.schema.path("items"), depth + 1, out);
        }
    }

    /** The name an item of an array is known by: {@code resourceCodes} holds resource codes. */
    static String itemName(String arrayName) {
        return arrayName.equals("resourceCodes") ? "resourceCode" : arrayName;
    }

    boolean isCode() {
        return this.kind == Kind.CODE;
    }

    Integer maxLength() {
        return this.schema.has("maxLength") ? this.schema.path("maxLength").asInt() : null;
    }

    Integer maxItems() {
        return this.schema.has("maxItems") ? this.schema.path("maxItems").asInt() : null;
    }

    long minimum(long fallback) {
        return this.schema.has("minimum") ? this.schema.path("minimum").asLong() : fallback;
    }

    private static Kind kindOf(String name, JsonNode written, JsonNode schema) {
        String ref = OpenApi.refName(written);
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        if (schema.has("enum") || name.equals("action")) {
            return Kind.ENUM;
        }
        if ("Month".equals(ref) || "YearMonth".equals(ref) || name.equals("month") || name.equals("until")) {
            return Kind.MONTH;
        }
        if ("Date".equals(ref) || "LocalDate".equals(ref) || format.equals("date")) {
            return Kind.DATE;
        }
        if ("OffsetDateTime".equals(ref)
                || format.equals("date-time")
                || name.equals("at")
                || name.equals("occurredAt")) {
            return Kind.DATE_TIME;
        }
        if ("UUID".equals(ref) || format.equals("uuid")) {
            return Kind.UUID;
        }
        if (CODE_PATTERN.equals(schema.path("pattern").asText()) || CODE_NAMES.contains(name)) {
            return Kind.CODE;
        }
        return switch (type) {
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> Kind.ARRAY;
            case "object" -> Kind.OBJECT;
            default -> schema.has("properties") ? Kind.OBJECT : Kind.STRING;
        };
    }

    private static List<String> enumValues(String name, JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asText()));
        if (values.isEmpty() && name.equals("action")) {
            values.add("SUBMIT");
        }
        return values;
    }
}
