package io.govshare.report.render;

import java.util.Arrays;
import java.util.Optional;

/** The formats a report is rendered in, with their media types (docs/api.md {@code format=}). */
public enum ReportFormat {
    JSON("json", "application/json"),
    MD("md", "text/markdown;charset=UTF-8"),
    HTML("html", "text/html;charset=UTF-8"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String key;
    private final String mediaType;

    ReportFormat(String key, String mediaType) {
        this.key = key;
        this.mediaType = mediaType;
    }

    /** The value of {@code format=} and the file extension. */
    public String key() {
        return this.key;
    }

    public String mediaType() {
        return this.mediaType;
    }

    /** The media type without parameters, as compared with an {@code Accept} header. */
    public String baseType() {
        int semicolon = this.mediaType.indexOf(';');
        return semicolon < 0 ? this.mediaType : this.mediaType.substring(0, semicolon);
    }

    public static Optional<ReportFormat> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
    }

    public static Optional<ReportFormat> ofMediaType(String type) {
        return Arrays.stream(values())
                .filter(f -> f.baseType().equalsIgnoreCase(type))
                .findFirst();
    }
}
