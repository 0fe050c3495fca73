package io.govshare.request.domain;

import java.util.List;

/** An action the transition table does not allow in the request's current state; answered 409. */
public class IllegalTransitionException extends RuntimeException {

    private final ShareRequestStatus currentStatus;
    private final ShareRequestAction action;
    private final transient List<ShareRequestAction> availableActions;

    public IllegalTransitionException(
            ShareRequestStatus currentStatus, ShareRequestAction action, List<ShareRequestAction> availableActions) {
        super(action + " is not possible on a request that is " + currentStatus);
        this.currentStatus = currentStatus;
        this.action = action;
        this.availableActions = List.copyOf(availableActions);
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
