package io.govshare.report.api;

import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

import io.govshare.common.error.InvalidInputException;
import io.govshare.report.domain.ReportMessages;
import io.govshare.report.render.ReportFormat;

/** Chooses the format of a download: {@code format=} if given, else the first acceptable type of {@code Accept}. */
final class Negotiation {

    private Negotiation() {}

    static ReportFormat choose(String format, List<MediaType> acceptable) {
        if (format != null) {
            return ReportFormat.ofKey(format.strip())
                    .orElseThrow(() -> new InvalidInputException("format", ReportMessages.FORMAT));
        }
        // getAcceptableMediaTypes is sorted by quality and specificity; */* (or no Accept) means JSON
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return ReportFormat.JSON;
            }
            var found = type.isWildcardSubtype()
                    ? ReportFormat.ofMediaType(type.getType() + "/markdown")
                            .or(() -> ReportFormat.ofMediaType(type.getType() + "/json"))
                    : ReportFormat.ofMediaType(type.getType() + "/" + type.getSubtype());
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (acceptable.isEmpty()) {
            return ReportFormat.JSON;
        }
        throw new NotAcceptableException();
    }
}
