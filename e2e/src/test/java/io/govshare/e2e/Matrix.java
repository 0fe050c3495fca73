package io.govshare.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authorization matrix as data ({@code authorization-matrix.tsv}): one row per endpoint family of docs/api.md,
 * one column per {@link Caller}, each cell the statuses the design allows.
 */
public final class Matrix {

    /** One endpoint family: how to call it, and what each caller must get. */
    public record Row(String family, String method, String path, String body, Map<Caller, Expected> expected) {

        public String service() {
            return Stack.serviceOf(this.path);
        }

        /** The path with every {placeholder} and the query removed: comparable with an OpenAPI path template. */
        public String template() {
            String withoutQuery = this.path.contains("?") ? this.path.substring(0, this.path.indexOf('?')) : this.path;
            return this.method + " " + withoutQuery.replaceAll("\\{[^}]*}", "{}");
        }
    }

    /** The statuses a cell allows: exact codes, or {@code 2xx} where the design names no code. */
    public record Expected(Set<Integer> codes, boolean anySuccess, String text) {

        static Expected parse(String text) {
            boolean anySuccess = false;
            var codes = new java.util.TreeSet<Integer>();
            for (String part : text.split("\\|")) {
                if (part.equals("2xx")) {
                    anySuccess = true;
                } else {
                    codes.add(Integer.parseInt(part));
                }
            }
            return new Expected(Set.copyOf(codes), anySuccess, text);
        }

        public boolean allows(int status) {
            return this.codes.contains(status) || (this.anySuccess && status >= 200 && status < 300);
        }

        /** True when the caller is meant to get through (the call then changes state, so it gets fresh data). */
        public boolean grants() {
            return this.anySuccess || this.codes.stream().anyMatch(code -> code < 300 || code == 409);
        }
    }

    private Matrix() {}

    public static List<Row> load() {
        try (InputStream in = Matrix.class.getResourceAsStream("/authorization-matrix.tsv")) {
            if (in == null) {
                throw new IllegalStateException("authorization-matrix.tsv is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Row> parse(String text) {
        List<Caller> columns = null;
        List<Row> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t+");
            if (cells[0].equals("family")) {
                columns = Arrays.stream(cells).skip(4).map(Caller::ofLabel).toList();
                continue;
            }
            if (columns == null) {
                throw new IllegalStateException("the header line must come first");
            }
            if (cells.length != 4 + columns.size()) {
                throw new IllegalStateException(
                        "row '" + cells[0] + "' has " + cells.length + " cells, expected " + (4 + columns.size()));
            }
            var expected = new LinkedHashMap<Caller, Expected>();
            for (int i = 0; i < columns.size(); i++) {
                expected.put(columns.get(i), Expected.parse(cells[4 + i]));
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], expected));
        }
        if (columns == null || !columns.containsAll(List.of(Caller.values()))) {
            throw new IllegalStateException("the header must name every caller: "
                    + Arrays.stream(Caller.values()).map(Caller::label).collect(Collectors.joining(" ")));
        }
        return rows;
    }
}
