package io.govshare.common.error;

/**
 * A rule about the caller refuses the action (another organization's data, a reviewer acting at SIGN …): 403
 * {@code not-permitted} with the reason as the extension member {@code reason}.
 */
public class NotPermittedException extends ProblemException {

    public NotPermittedException(Text reason) {
        super(ProblemType.NOT_PERMITTED, reason);
        with("reason", reason);
    }

    public NotPermittedException(MessageKey reason, Object... args) {
        this(Text.of(reason, args));
    }
}
