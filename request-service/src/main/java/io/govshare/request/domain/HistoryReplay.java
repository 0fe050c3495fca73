package io.govshare.request.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.input.Dates;

/**
 * Replays an imported history through the same state machine as live requests (docs/architecture.md, "History
 * import"): it starts with SUBMIT, its times never go backwards nor into the future (nor before 1970), every step must
 * be allowed by the transition table, and the sharing type decides at SUBMIT whether the platform approves at once.
 * Any breach rejects the whole history.
 */
public final class HistoryReplay {

    /** The actions a history may contain; the platform's own steps and RESUBMIT are derived, never imported. */
    public static final Set<ShareRequestAction> IMPORTABLE = EnumSet.of(
            ShareRequestAction.SUBMIT,
            ShareRequestAction.ACCEPT,
            ShareRequestAction.REVIEW,
            ShareRequestAction.SIGN,
            ShareRequestAction.REJECT,
            ShareRequestAction.WITHDRAW);

    static final String DEFAULT_ACTOR = "import";
    static final int MAX_ACTOR = 200;
    static final int MAX_COMMENT = 2000;

    private HistoryReplay() {}

    /**
     * The steps of the history, or {@link InvalidHistoryException} naming the first bad field.
     *
     * @param resubmission whether the item resubmits an earlier request: its SUBMIT is then recorded as RESUBMIT
     */
    public static List<StatusChange> replay(
            List<HistoryEvent> events,
            SharingType sharingType,
            String resourceCode,
            Parties parties,
            boolean resubmission,
            Instant now) {
        if (events == null || events.isEmpty()) {
            throw new InvalidHistoryException("events", RequestMessages.HISTORY_NEEDS_SUBMIT);
        }
        List<StatusChange> steps = new ArrayList<>();
        Instant previous = null;
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent event = events.get(i);
            String field = "events[" + i + "]";
            if (event == null) {
                throw new InvalidHistoryException(field, RequestMessages.MISSING);
            }
            ShareRequestAction action = action(event.action(), field);
            Instant at = time(event.at(), field);
            if (at.isAfter(now)) {
                throw new InvalidHistoryException(field + ".at", RequestMessages.IN_FUTURE);
            }
            if (previous != null && at.isBefore(previous)) {
                throw new InvalidHistoryException(field + ".at", RequestMessages.NOT_IN_ORDER);
            }
            previous = at;
            Actor actor = new Actor(actorName(event.actor(), field), parties.orgOf(action.party()));
            String comment = comment(event.comment(), field);
            if (i == 0) {
                steps.addAll(start(action, sharingType, resourceCode, actor, at, comment, resubmission, field));
            } else {
                steps.add(next(steps.get(steps.size() - 1).to(), action, actor, at, comment, field));
            }
        }
        return List.copyOf(steps);
    }

    private static List<StatusChange> start(
            ShareRequestAction action,
            SharingType sharingType,
            String resourceCode,
            Actor actor,
            Instant at,
            String comment,
            boolean resubmission,
            String field) {
        if (action != ShareRequestAction.SUBMIT) {
            throw new InvalidHistoryException(field + ".action", RequestMessages.STARTS_WITH_SUBMIT, action);
        }
        ShareRequestAction opening = resubmission ? ShareRequestAction.RESUBMIT : ShareRequestAction.SUBMIT;
        try {
            return Workflow.start(opening, sharingType, resourceCode, actor, at, comment);
        } catch (NotShareableException e) {
            throw new InvalidHistoryException("resourceCode", e.detail());
        }
    }

    private static StatusChange next(
            ShareRequestStatus current,
            ShareRequestAction action,
            Actor actor,
            Instant at,
            String comment,
            String field) {
        if (current == ShareRequestStatus.AUTO_APPROVED) {
            throw new InvalidHistoryException(field + ".action", RequestMessages.APPROVED_AT_SUBMIT, action);
        }
        try {
            return Workflow.move(current, action, actor, at, comment);
        } catch (IllegalTransitionException e) {
            throw new InvalidHistoryException(field + ".action", e.detail());
        } catch (InvalidInputException e) {
            throw new InvalidHistoryException(field + ".comment", RequestMessages.REASON_REQUIRED);
        }
    }

    private static ShareRequestAction action(String name, String field) {
        for (ShareRequestAction action : IMPORTABLE) {
            if (action.name().equals(name)) {
                return action;
            }
        }
        throw new InvalidHistoryException(
                field + ".action", CommonMessages.ONE_OF, Arrays.toString(IMPORTABLE.toArray()));
    }

    private static Instant time(String text, String field) {
        if (text == null) {
            throw new InvalidHistoryException(field + ".at", CommonMessages.REQUIRED);
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidHistoryException(field + ".at", CommonMessages.INSTANT);
        }
        try {
            return Dates.check(field + ".at", time).toInstant();
        } catch (InvalidInputException e) {
            throw new InvalidHistoryException(field + ".at", e.errors().get(0).message());
        }
    }

    private static String actorName(String actor, String field) {
        if (actor == null || actor.isBlank()) {
            return DEFAULT_ACTOR;
        }
        if (actor.length() > MAX_ACTOR) {
            throw new InvalidHistoryException(field + ".actor", CommonMessages.TOO_LONG, MAX_ACTOR);
        }
        return actor.strip();
    }

    private static String comment(String comment, String field) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidHistoryException(field + ".comment", CommonMessages.TOO_LONG, MAX_COMMENT);
        }
        return comment;
    }
}
