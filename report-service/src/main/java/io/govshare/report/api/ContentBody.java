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
@Schema(description = "Editorial content of a month's report")
public record ContentBody(
        @Schema(description = "Issue date on the cover; default: the day of the build")
        LocalDate issueDate,

        @Schema(description = "Province in the title; default from configuration", example = "贵州省") @Size(max = 50)
        String province,

        @Schema(description = "Issuer on the cover; default from configuration", example = "贵州省信息中心") @Size(max = 100)
        String issuer,

        @Schema(description = "Typical cases (section 六), in order") @NotNull @Size(max = 20)
        List<@Valid @NotNull CaseBody> cases,

        @Schema(description = "Colophon (版记); each absent field from configuration") @Valid
        ColophonBody colophon) {

    /** A typical case: its title and paragraphs. */
    public record CaseBody(
            @NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 5000) String> paragraphs) {}

    /** The colophon: 报, 送, 发, the office and the print run. */
    public record ColophonBody(
            @Size(max = 500) String reportTo,
            @Size(max = 500) String sendTo,
            @Size(max = 500) String issueTo,
            @Size(max = 200) String office,
            @PositiveOrZero @Max(1_000_000) Integer printedCopies,
            @PositiveOrZero @Max(1_000_000) Integer electronicCopies) {}

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
