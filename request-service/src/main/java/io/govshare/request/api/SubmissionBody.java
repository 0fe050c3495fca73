package io.govshare.request.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.service.Submission;

/** An application for a resource; the applicant is the organization of the caller's token. */
@Schema(description = "A new share request")
public record SubmissionBody(
        @Schema(example = "gz.scjgj.002") @NotBlank @Size(max = 64)
        String resourceCode,

        @Schema(example = "企业开办“一件事”联办核验") @NotBlank @Size(max = 2000)
        String purpose,

        @Schema(example = "《贵州省政务数据资源管理办法》") @Size(max = 2000)
        String legalBasis,

        @Schema(description = "Names of the data items wanted; all of the resource when absent") @Size(max = 200)
        List<@NotBlank @Size(max = 200) String> items,

        @Schema(description = "Until when the data is needed") @FutureOrPresent
        LocalDate validUntil) {

    Submission toSubmission() {
        return new Submission(resourceCode.strip(), purpose.strip(), legalBasis, items, validUntil);
    }
}
