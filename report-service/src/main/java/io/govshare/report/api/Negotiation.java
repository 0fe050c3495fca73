package io.govshare.report.api;

import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

import io.govshare.report.domain.InvalidInputException;
import io.govshare.report.render.ReportFormat;

/** Chooses the format of a download: {@code format=} if given, else the first acceptable type of {@code Accept}. */
final class Negotiation {

    private Negotiation() {}

    static ReportFormat choose(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            return ReportFormat.ofKey(format.strip())
                    .orElseThrow(() -> new InvalidInputException("format", "must be one of json, md, html, docx, pdf"));
        }
        // getAcceptableMediaTypes is sorted by quality and specificity; */* (or no Accept) means JSON
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return ReportFormat.JSON;
            }
            var found = ReportFormat.ofMediaType(type.getType() + "/" + type.getSubtype());
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (acceptable.isEmpty()) {
            return ReportFormat.JSON;
        }
        throw new NotAcceptableException("the report is served as application/json, text/markdown, text/html,"
                + " application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/pdf");
    }
}
