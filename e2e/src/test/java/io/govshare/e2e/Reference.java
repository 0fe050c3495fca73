package io.govshare.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The figures of docs/reference-2023-10.md, transcribed in {@code reference-2023-10.json}. */
public final class Reference {

    /** A name with a figure: a 万次 string ("1154.11") or a count of calls ("800008"). */
    public record Entry(String name, String value) {}

    private static final JsonNode ROOT = read();

    private Reference() {}

    public static JsonNode json() {
        return ROOT;
    }

    public static long requests(String figure) {
        return ROOT.path("requests").path(figure).asLong();
    }

    public static String exchangeWan(String figure) {
        return ROOT.path("exchangeWan").path(figure).asText();
    }

    public static List<Entry> entries(String list) {
        List<Entry> entries = new ArrayList<>();
        ROOT.path(list)
                .forEach(pair ->
                        entries.add(new Entry(pair.get(0).asText(), pair.get(1).asText())));
        return entries;
    }

    public static List<String> names(String... path) {
        JsonNode node = ROOT;
        for (String step : path) {
            node = node.path(step);
        }
        List<String> names = new ArrayList<>();
        node.forEach(name -> names.add(name.asText()));
        return names;
    }

    /** 万次 as the report prints them: half up to 0.01 万 (docs/adr wan-rounding). */
    public static String wan(long calls) {
        return BigDecimal.valueOf(calls)
                .movePointLeft(4)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** 万次 as docs/statistics.md ("万次 figures") words it: floor(calls / 100) / 100. */
    public static String wanFloor(long calls) {
        return BigDecimal.valueOf(calls / 100)
                .movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private static JsonNode read() {
        try (InputStream in = Reference.class.getResourceAsStream("/reference-2023-10.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("reference-2023-10.json is unreadable", e);
        }
    }
}
