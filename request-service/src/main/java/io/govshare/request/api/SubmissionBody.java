package io.govshare.request.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.common.input.Codes;
import io.govshare.request.service.Submission;

/** An application for a resource; the applicant is the organization of the caller's token. */
@Schema(name = "ShareRequestSubmission", description = "A new share request (提交共享申请)")
public record SubmissionBody(
        @Schema(description = "The resource applied for (数据资源编码)", example = "gz.scjgj.002")
        @NotBlank
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String resourceCode,

        @Schema(description = "What the data is for (申请用途)", example = "企业开办“一件事”联办核验") @NotBlank @Size(max = 2000)
        String purpose,

        @Schema(description = "The legal basis (申请依据)", example = "《贵州省政务数据资源管理办法》") @Size(max = 2000)
        String legalBasis,

        @Schema(
                description = "Names of the data items wanted (信息项); all of the resource when absent",
                example = "[\"统一社会信用代码\", \"名称\"]")
        @Size(max = 200)
        List<@NotBlank @Size(max = 200) String> items,

        @Schema(description = "Until when the data is needed; not in the past", example = "2024-12-31") @FutureOrPresent
        LocalDate validUntil) {

    Submission toSubmission() {
        return new Submission(resourceCode.strip(), purpose.strip(), legalBasis, items, validUntil);
    }
}
