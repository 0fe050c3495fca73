package io.govshare.e2e.hostile;

import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.govshare.e2e.Fixtures;
import io.govshare.e2e.OpenApi;
import io.govshare.e2e.Stack;

/**
 * The valid-ish values a base request is built from, chosen so that whatever gets through never touches the figures
 * other tests check (e2e/README.md): months 1999-01 (reports 1998-01), dates and times in 1999, the suite's own
 * organizations {@code e2e.hostile.*} and resources {@code gz.scjgj.e2e-hostile*}, random UUIDs and external ids.
 * Where a success would still do harm, the base is made to end in a refusal after every check has run: a new region
 * is never created (POST uses a region that exists, so it ends in 409), a share request is asked for a NOT_SHAREABLE
 * resource (422, nothing stored).
 */
final class BaseValues {

    static final String MONTH = "1999-01";
    static final String REPORT_MONTH = "1998-01";
    static final String DATE = "1999-01-15";
    static final String DATE_TIME = "1999-01-15T10:00:00+08:00";
    static final String TEXT = "端到端恶意输入测试";

    /** Optional members left out of the base (a mutation adds them with bad values). */
    private static final Set<String> LEFT_OUT_OF_BODIES =
            Set.of("regionCode", "resubmissionOf", "validUntil", "plannedDate");

    private static final Set<String> LEFT_OUT_OF_QUERIES = Set.of("from", "to", "version");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenApi api;
    private final OpenApi.Operation op;

    BaseValues(OpenApi api, OpenApi.Operation op) {
        this.api = api;
        this.op = op;
    }

    static boolean leftOutOfQuery(String name) {
        return LEFT_OUT_OF_QUERIES.contains(name);
    }

    /** The base value of a parameter, as text. */
    String parameter(Field field) {
        return value(field).asText();
    }

    /** The base JSON value of a field; objects with every member but the left-out ones, arrays with one item. */
    JsonNode value(Field field) {
        return switch (field.kind()) {
            case MONTH -> NODES.textNode(isReport() ? REPORT_MONTH : MONTH);
            case DATE -> NODES.textNode(date(field.name()));
            case DATE_TIME -> NODES.textNode(DATE_TIME);
            case UUID -> NODES.textNode(UUID.randomUUID().toString());
            case CODE -> NODES.textNode(code(field));
            case ENUM -> NODES.textNode(enumValue(field));
            case STRING -> NODES.textNode(text(field.name()));
            case INTEGER, NUMBER -> NODES.numberNode(integer(field));
            case BOOLEAN -> NODES.booleanNode(!field.name().equals("overdue"));
            case ARRAY -> array(field);
            case OBJECT -> object(field);
        };
    }

    private ArrayNode array(Field field) {
        ArrayNode array = NODES.arrayNode();
        if (field.name().equals("resourceCodes")) {
            // recommended national resources must be resources of a NATIONAL ministry: the e2e ministry's
            return array.add(Fixtures.NATIONAL_RESOURCE);
        }
        if (field.name().equals("items")
                && field.schema().path("items").path("type").asText().equals("string")) {
            // the data items asked for in a share request: one the resource has (Fixtures.resource)
            return array.add("统一社会信用代码");
        }
        Field item = Field.of(
                this.api,
                Field.itemName(field.name()),
                field.pointer() + "/0",
                field.schema().path("items"));
        return array.add(value(item));
    }

    private ObjectNode object(Field field) {
        ObjectNode object = NODES.objectNode();
        for (Iterator<String> names = field.schema().path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (LEFT_OUT_OF_BODIES.contains(name)) {
                continue;
            }
            Field member = Field.of(
                    this.api,
                    name,
                    field.pointer() + "/" + name,
                    field.schema().path("properties").path(name));
            object.set(name, value(member));
        }
        return object;
    }

    private boolean isReport() {
        return this.op.service().equals(Stack.REPORT);
    }

    private String path() {
        return this.op.path();
    }

    private String code(Field field) {
        String name = field.name();
        String path = path();
        boolean body = field.pointer().startsWith("/");
        if (path.startsWith("/api/v1/regions")) {
            // POST: a region that exists (409 when everything else passes); PUT and GET: one that never will
            return this.op.method().equals("POST") && body ? Fixtures.REGION : Fixtures.HOSTILE_REGION;
        }
        if (path.startsWith("/api/v1/resources") && !name.equals("providerOrg")) {
            return Fixtures.HOSTILE_RESOURCE;
        }
        if (path.startsWith("/api/v1/resources") && body) {
            return Fixtures.PROVIDER_ORG;
        }
        if (path.equals("/api/v1/share-requests") && this.op.method().equals("POST")) {
            return Fixtures.HOSTILE_NOT_SHAREABLE;
        }
        return switch (name) {
            case "regionCode" -> Fixtures.HOSTILE_REGION;
            case "resourceCode" -> Fixtures.HOSTILE_RESOURCE;
            case "providerOrg" -> Fixtures.HOSTILE_PROVIDER;
            case "consumerOrg", "applicantOrg", "org" -> Fixtures.HOSTILE_CONSUMER;
            default -> path.startsWith("/api/v1/exchange-stats") ? Fixtures.HOSTILE_PROVIDER : Fixtures.HOSTILE_ORG;
        };
    }

    private String enumValue(Field field) {
        String preferred = switch (field.name()) {
            case "level" -> "PROVINCIAL";
            case "sharingType" -> "CONDITIONAL";
            case "openType" -> "NOT_OPEN";
            case "updateFrequency" -> "DAILY";
            // the report lists completed, in-progress and scheduled units only
            case "status" -> path().startsWith("/api/v1/ledger") ? "NOT_STARTED" : "SUBMITTED";
            case "side" -> "PROVIDER";
            case "action" -> "SUBMIT";
            default -> null;
        };
        if (preferred != null && field.enumValues().contains(preferred)) {
            return preferred;
        }
        return field.enumValues().isEmpty() ? "" : field.enumValues().get(0);
    }

    private static String date(String name) {
        return switch (name) {
            case "effectiveDate", "from" -> "1999-01-01";
            case "asOf", "to" -> "1999-01-31";
            default -> DATE;
        };
    }

    private static String text(String name) {
        return switch (name) {
            case "id", "externalId" -> "e2e-hostile-" + UUID.randomUUID();
            case "q" -> "端到端";
            case "format" -> "json";
            case "actor" -> "e2e-hostile";
            case "province" -> "贵州省";
            case "shortName" -> "恶意输入";
            default -> TEXT;
        };
    }

    private static long integer(Field field) {
        long value = switch (field.name()) {
            case "page" -> 0;
            case "size" -> 50;
            case "limit" -> 10;
            default -> 1;
        };
        return Math.max(value, field.minimum(Long.MIN_VALUE));
    }
}
