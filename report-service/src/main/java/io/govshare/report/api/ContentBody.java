package io.govshare.report.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.report.domain.Case;
import io.govshare.report.domain.Colophon;
import io.govshare.report.domain.Content;

/** The editorial content of a month; absent names, date and colophon fall back to configuration at build. */
@Schema(name = "ReportContentBody", description = "Editorial content of a month's report (月报内容)")
public record ContentBody(
        @Schema(description = "Issue date on the cover; default: the day of the build", example = "2023-11-21")
        LocalDate issueDate,

        @Schema(description = "Province in the title; default from configuration", example = "贵州省") @Size(max = 50)
        String province,

        @Schema(description = "Issuer on the cover; default from configuration", example = "贵州省信息中心") @Size(max = 100)
        String issuer,

        @Schema(description = "Typical cases (section 六, 数据应用典型案例), in order") @NotNull @Size(max = 20)
        List<@Valid @NotNull CaseBody> cases,

        @Schema(description = "Colophon (版记); each absent field from configuration") @Valid
        ColophonBody colophon) {

    /** A typical case: its title and paragraphs. */
    @Schema(name = "ReportCaseBody", description = "A typical case (典型案例)")
    public record CaseBody(
            @Schema(example = "“人口基础库”助力提升部门服务管理效能") @NotBlank @Size(max = 200)
            String title,

            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 5000) String> paragraphs) {}

    /** The colophon: 报, 送, 发, the office and the print run. */
    @Schema(name = "ReportColophonBody", description = "The colophon (版记); each absent member from configuration")
    public record ColophonBody(
            @Schema(example = "省大数据局") @Size(max = 500) String reportTo,
            @Schema(example = "省直各部门") @Size(max = 500) String sendTo,

            @Schema(example = "各市（州）、贵安新区大数据发展主管部门") @Size(max = 500)
            String issueTo,

            @Schema(example = "贵州省信息中心办公室") @Size(max = 200) String office,

            @Schema(example = "95") @PositiveOrZero @Max(1_000_000)
            Integer printedCopies,

            @Schema(example = "85") @PositiveOrZero @Max(1_000_000)
            Integer electronicCopies) {}

    Content toContent(String month) {
        return new Content(
                month,
                this.issueDate,
                this.province,
                this.issuer,
                this.cases.stream()
                        .map(c -> new Case(
                                c.title().strip(),
                                c.paragraphs().stream().map(String::strip).toList()))
                        .toList(),
                this.colophon == null
                        ? null
                        : new Colophon(
                                this.colophon.reportTo(),
                                this.colophon.sendTo(),
                                this.colophon.issueTo(),
                                this.colophon.office(),
                                this.colophon.printedCopies(),
                                this.colophon.electronicCopies()));
    }
}
