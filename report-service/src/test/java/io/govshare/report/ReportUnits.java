package io.govshare.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text units of a report (masthead lines, headings, sentences, captions, table rows, colophon lines), read from
 * its Markdown or from the seed's list ({@code seed/report-2023-10-units.txt}), in a form that compares across
 * punctuation widths, quotes and spacing: what a reader would call the same sentence.
 */
public final class ReportUnits {

    private ReportUnits() {}

    /** The units of the October 2023 report as published, normalized. */
    public static List<String> seed() {
        try (InputStream in = ReportUnits.class.getClassLoader().getResourceAsStream("seed/report-2023-10-units.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(ReportUnits::normalize)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units of a report's Markdown, in order, normalized; a paragraph gives one unit per sentence (。). */
    public static List<String> of(String markdown) {
        List<String> units = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.isBlank() || line.startsWith("|:") || line.startsWith("|-") || line.equals("---")) {
                continue;
            }
            String text = line.replaceFirst("^#+ ", "").replaceFirst("\\\\$", "");
            if (text.startsWith("|")) {
                units.add(normalize(
                        String.join(" ", text.replaceAll("^\\||\\|$", "").split("\\|"))));
                continue;
            }
            text = text.replaceAll("\\\\(.)", "$1");
            for (String sentence : text.split("(?<=。)")) {
                if (!sentence.isBlank()) {
                    units.add(normalize(sentence));
                }
            }
        }
        return units;
    }

    /**
     * The text of a PDF of the report, normalized, without page numbers, and each table's head row once: a table
     * that goes on on the next page repeats its head there ({@code units}: the report's units, which name the heads).
     */
    public static String text(PDDocument doc, List<String> units) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = normalize(stripper.getText(doc)).replaceAll("—\\d+—", "");
            for (String head : units.stream().filter(u -> u.startsWith("序号")).toList()) {
                int first = text.indexOf(head) + head.length();
                text = text.substring(0, first) + text.substring(first).replace(head, "");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whitespace and colons removed, full-width punctuation made ASCII, every quotation mark one: the extraction of
     * the published PDF turned the report's punctuation into ASCII, and its captions read "表 2-2: …".
     */
    public static String normalize(String text) {
        return text.replaceAll("\\s+", "")
                .replace('（', '(')
                .replace('）', ')')
                .replace('，', ',')
                .replace('；', ';')
                .replaceAll("[：:]", "")
                .replaceAll("[“”\"]", "\"");
    }
}
