package io.govshare.report.render;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import io.govshare.report.domain.FontChoice;
import io.govshare.report.domain.ReportVersion;

/**
 * What the PDF's document information and the DOCX's core properties say about a report: title, issuer, version,
 * when it was built, and the fonts it is set in.
 */
record ReportMetadata(String title, String subject, String author, OffsetDateTime created) {

    static ReportMetadata of(ReportVersion version, String title) {
        return new ReportMetadata(
                title,
                "数据共享开放月报 " + version.month() + " 第" + version.version() + "版",
                version.snapshot().edition().issuer(),
                version.builtAt());
    }

    /** "标题：Noto Serif SC Bold（代方正小标宋简体）；正文：…": the fonts a format uses, by role. */
    static String fonts(List<FontChoice> choices) {
        return choices.stream().map(c -> label(c.role()) + "：" + c.describe()).collect(Collectors.joining("；"));
    }

    private static String label(String role) {
        return switch (role) {
            case "title" -> "标题";
            case "body" -> "正文";
            case "heading1" -> "一级标题";
            case "heading2" -> "二级标题";
            case "number" -> "页码";
            default -> role;
        };
    }
}
