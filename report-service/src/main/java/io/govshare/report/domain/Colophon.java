package io.govshare.report.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The colophon (版记) of a report: to whom it is reported, sent and issued, the office and the print run. */
@Schema(name = "ReportColophon", description = "The colophon (版记): 报, 送, 发, the office and the print run")
public record Colophon(
        @Schema(nullable = true, example = "省大数据局") String reportTo,
        @Schema(nullable = true, example = "省直各部门") String sendTo,

        @Schema(nullable = true, example = "各市（州）、贵安新区大数据发展主管部门")
        String issueTo,

        @Schema(nullable = true, example = "贵州省信息中心办公室") String office,
        @Schema(nullable = true, example = "95") Integer printedCopies,
        @Schema(nullable = true, example = "85") Integer electronicCopies) {

    /** This colophon with every missing field taken from {@code defaults}. */
    public Colophon orElse(Colophon defaults) {
        return new Colophon(
                or(this.reportTo, defaults.reportTo),
                or(this.sendTo, defaults.sendTo),
                or(this.issueTo, defaults.issueTo),
                or(this.office, defaults.office),
                this.printedCopies != null ? this.printedCopies : defaults.printedCopies,
                this.electronicCopies != null ? this.electronicCopies : defaults.electronicCopies);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
