package io.govshare.report.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Publishing options: an override of failed checks must say why. */
@Schema(
        name = "ReportPublishBody",
        description = "Publish the latest version; override failed checks only with a reason")
public record PublishBody(
        @Schema(description = "Publish although a check failed", example = "true")
        Boolean override,

        @Schema(
                description = "Why the failed checks are overridden; recorded with the version",
                example = "经核实，差异由统计口径调整引起")
        @Size(max = 2000)
        String reason) {

    boolean overriding() {
        return Boolean.TRUE.equals(this.override);
    }
}
