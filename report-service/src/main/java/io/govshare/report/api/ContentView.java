package io.govshare.report.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.report.domain.Case;
import io.govshare.report.domain.Colophon;
import io.govshare.report.domain.Content;

/** The editorial content of a month as stored; null fields take the configured defaults at build. */
@Schema(name = "ReportContentView", description = "The editorial content of a month (月报内容)")
public record ContentView(
        @Schema(example = "2023-10") String month,

        @Schema(nullable = true, description = "null: the day of the build")
        LocalDate issueDate,

        @Schema(nullable = true, description = "null: from configuration", example = "贵州省")
        String province,

        @Schema(nullable = true, description = "null: from configuration", example = "贵州省信息中心")
        String issuer,

        List<Case> cases,

        @Schema(nullable = true, description = "null: from configuration")
        Colophon colophon) {

    static ContentView from(Content c) {
        return new ContentView(c.month(), c.issueDate(), c.province(), c.issuer(), c.cases(), c.colophon());
    }
}
