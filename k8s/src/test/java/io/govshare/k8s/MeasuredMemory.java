package io.govshare.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The memory figures of each service as measured by {@code k8s/measure/measure-memory --record}, kept in
 * {@code k8s/measure/memory-figures.tsv} (k8s/README.md, "Memory"): the one place the chart's resources are sized from.
 */
record MeasuredMemory(
        String service,
        String date,
        long containerMib,
        long maxHeapMib,
        long peakMib,
        long nonHeapMib,
        long requests,
        long failed) {

    static final Path FILE = Renders.K8S.resolve("measure/memory-figures.tsv");

    /** The figures by service name. */
    static Map<String, MeasuredMemory> all() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        Map<String, MeasuredMemory> figures = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                throw new IllegalStateException(
                        FILE + ": " + cells.length + " cells, " + header.size() + " columns in: " + line);
            }
            var row = new MeasuredMemory(
                    cells[header.indexOf("service")],
                    cells[header.indexOf("date")],
                    Long.parseLong(cells[header.indexOf("container_mib")]),
                    Long.parseLong(cells[header.indexOf("max_heap_mib")]),
                    Long.parseLong(cells[header.indexOf("peak_mib")]),
                    Long.parseLong(cells[header.indexOf("non_heap_mib")]),
                    Long.parseLong(cells[header.indexOf("requests")]),
                    Long.parseLong(cells[header.indexOf("failed")]));
            if (figures.put(row.service(), row) != null) {
                throw new IllegalStateException(FILE + ": two rows for " + row.service());
            }
        }
        return figures;
    }
}
