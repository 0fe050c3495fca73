package io.govshare.report.domain;

import java.util.List;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

/**
 * Publishing a version whose checks failed, without an override: 409 {@code checks-failed} listing the failed checks
 * (with their numbers) as {@code failedChecks} (docs/report.md, "Checks").
 */
public class PublishRefusedException extends ProblemException {

    /** {@code https://govshare.io/problems/checks-failed}, 409. */
    public static final ProblemType TYPE = ProblemType.of("checks-failed", 409);

    public PublishRefusedException(String month, int version, List<Check> failed) {
        super(TYPE, Text.of(ReportMessages.CHECKS_FAILED, month, version, failed.size()));
        with("failedChecks", List.copyOf(failed));
    }
}
