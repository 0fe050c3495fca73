package io.govshare.report.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed in the live services since a version was built (docs/report.md, "Verify"): every figure whose value
 * differs now. Empty {@code changes}: the version still holds.
 */
@Schema(name = "ReportVerification", description = "Figures changed since the version was built (核对结果)")
public record Verification(
        @Schema(example = "2023-10") String month,
        @Schema(example = "1") int version,

        @Schema(description = "Each changed figure, in the order of the report")
        List<Change> changes) {

    public Verification {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return this.changes.isEmpty();
    }

    /**
     * One changed figure: its path in {@code figures} (e.g. {@code exchange.summary.total},
     * {@code exchange.topProviders[0].calls}), the value stored with the version and the value now; a row that
     * appeared or disappeared has null on the other side.
     */
    @Schema(name = "ReportFigureChange", description = "One figure that changed (变化的数据)")
    public record Change(
            @Schema(example = "exchange.summary.total") String figure,

            @Schema(
                    nullable = true,
                    description = "The value stored with the version: a number, a text or a boolean",
                    example = "32696900")
            Object was,

            @Schema(nullable = true, description = "The value the services give now", example = "32697000")
            Object now) {}
}
