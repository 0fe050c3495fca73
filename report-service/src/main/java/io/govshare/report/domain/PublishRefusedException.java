package io.govshare.report.domain;

import java.util.List;

/** Publishing a version whose checks failed, without an override; answered 409 listing the failed checks. */
public class PublishRefusedException extends RuntimeException {

    private final transient List<Check> failed;

    public PublishRefusedException(String month, int version, List<Check> failed) {
        super("report " + month + " version " + version + " failed " + failed.size()
                + " check(s); publish with {\"override\": true, \"reason\": ...} to issue it anyway");
        this.failed = List.copyOf(failed);
    }

    public List<Check> failed() {
        return this.failed;
    }
}
