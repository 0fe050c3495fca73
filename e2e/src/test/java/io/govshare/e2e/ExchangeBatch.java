package io.govshare.e2e;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Exchange records as the gateway posts them: fresh ids every run, so each run's records are new. */
final class ExchangeBatch {

    static final String CSV_HEADER = "id,occurredAt,providerOrg,consumerOrg,resourceCode,calls";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeBatch() {}

    /** A minute ago (or now, in the first minute of a month), in the platform time zone: this month. */
    static String thisMonth() {
        ZonedDateTime now = ZonedDateTime.now(Stack.ZONE).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime earlier = now.minusMinutes(1);
        return (earlier.getMonth() == now.getMonth() ? earlier : now)
                .toOffsetDateTime()
                .toString();
    }

    static Map<String, Object> record(String at, String provider, String consumer, String resource, long calls) {
        var record = new LinkedHashMap<String, Object>();
        record.put("id", "e2e-" + UUID.randomUUID());
        record.put("occurredAt", at);
        record.put("providerOrg", provider);
        record.put("consumerOrg", consumer);
        if (resource != null) {
            record.put("resourceCode", resource);
        }
        record.put("calls", calls);
        return record;
    }

    static String ndjson(List<Map<String, Object>> records) {
        var lines = new StringBuilder();
        for (Map<String, Object> record : records) {
            try {
                lines.append(JSON.writeValueAsString(record)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines.toString();
    }

    static String csv(List<Map<String, Object>> records) {
        var lines = new StringBuilder(CSV_HEADER).append('\n');
        for (Map<String, Object> r : records) {
            lines.append(String.join(
                            ",",
                            (String) r.get("id"),
                            (String) r.get("occurredAt"),
                            (String) r.get("providerOrg"),
                            (String) r.get("consumerOrg"),
                            (String) r.getOrDefault("resourceCode", ""),
                            r.get("calls").toString()))
                    .append('\n');
        }
        return lines.toString();
    }
}
