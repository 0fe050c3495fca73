package io.govshare.request.domain;

import java.util.List;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

/**
 * An action the transition table does not allow in the request's current state: 409 {@code invalid-transition}
 * with the extension members {@code currentStatus} and {@code availableActions} (docs/api.md).
 */
public class IllegalTransitionException extends ProblemException {

    /** {@code https://govshare.io/problems/invalid-transition}, 409. */
    public static final ProblemType TYPE = ProblemType.of("invalid-transition", 409);

    private final ShareRequestStatus currentStatus;
    private final ShareRequestAction action;
    private final transient List<ShareRequestAction> availableActions;

    public IllegalTransitionException(
            ShareRequestStatus currentStatus, ShareRequestAction action, List<ShareRequestAction> availableActions) {
        super(TYPE, Text.of(RequestMessages.NOT_POSSIBLE, action, currentStatus));
        this.currentStatus = currentStatus;
        this.action = action;
        this.availableActions = List.copyOf(availableActions);
        with("currentStatus", currentStatus);
        with("availableActions", this.availableActions);
    }

    public ShareRequestStatus currentStatus() {
        return this.currentStatus;
    }

    public ShareRequestAction action() {
        return this.action;
    }

    /** The actions that are possible now (for the caller, when the service narrowed them). */
    public List<ShareRequestAction> availableActions() {
        return this.availableActions;
    }

    /** The same refusal with the available actions narrowed to what one caller may do. */
    public IllegalTransitionException withAvailableActions(List<ShareRequestAction> actions) {
        return new IllegalTransitionException(this.currentStatus, this.action, actions);
    }
}
