package io.govshare.exchange.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules one exchange record must meet (DESIGN §5): an id, an ISO-8601 instant with offset, two organizations the
 * catalog knows, an optional resource code and {@code calls ≥ 1}. Every broken rule is reported, not only the first.
 */
public final class RecordRules {

    public static final int MAX_ID_LENGTH = 128;
    public static final int MAX_CODE_LENGTH = 64;
    public static final long MAX_CALLS = Integer.MAX_VALUE;
    /** Clocks of gateways may run ahead a little; a record further in the future is a mistake. */
    public static final Duration MAX_FUTURE = Duration.ofDays(1);

    private final ZoneId zone;
    private final Instant latest;
    private final long oldestMonth;
    private int lastDay = Integer.MIN_VALUE;
    private int lastMonth;

    /**
     * @param now the current instant
     * @param maxAgeMonths how many months before the current one a record may lie; 0 for any
     */
    public RecordRules(ZoneId zone, Instant now, int maxAgeMonths) {
        this.zone = zone;
        this.latest = now.plus(MAX_FUTURE);
        this.oldestMonth = maxAgeMonths <= 0
                ? Long.MIN_VALUE
                : LocalDate.ofInstant(now, zone)
                        .withDayOfMonth(1)
                        .minusMonths(maxAgeMonths)
                        .toEpochDay();
    }

    /** The checked record, or null after adding one error per broken rule to {@code errors}. */
    public ExchangeRecord check(RecordDraft draft, Predicate<String> knownOrg, List<FieldError> errors) {
        int before = errors.size();
        RecordLocation at = draft.location();
        String id = draft.id();
        if (id == null || id.isEmpty()) {
            errors.add(at.error("id", "is required"));
        } else if (id.length() > MAX_ID_LENGTH) {
            errors.add(at.error("id", "must be at most " + MAX_ID_LENGTH + " characters"));
        } else if (hasControlCharacter(id)) {
            errors.add(at.error("id", "must not contain control characters"));
        }
        Instant occurredAt = instant(draft.occurredAt(), at, errors);
        checkOrg("providerOrg", draft.providerOrg(), knownOrg, at, errors);
        checkOrg("consumerOrg", draft.consumerOrg(), knownOrg, at, errors);
        String resource = draft.resourceCode() == null ? "" : draft.resourceCode();
        if (resource.length() > MAX_CODE_LENGTH || hasControlCharacter(resource)) {
            errors.add(at.error("resourceCode", "must be a code of at most " + MAX_CODE_LENGTH + " characters"));
        }
        long calls = calls(draft.calls(), at, errors);
        if (errors.size() > before) {
            return null;
        }
        int day = (int) LocalDate.ofInstant(occurredAt, this.zone).toEpochDay();
        int month = monthOf(day);
        if (month < this.oldestMonth) {
            errors.add(at.error("occurredAt", "lies before the oldest month accepted"));
            return null;
        }
        return new ExchangeRecord(id, day, month, draft.providerOrg(), draft.consumerOrg(), resource, calls);
    }

    private Instant instant(String text, RecordLocation at, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            errors.add(at.error("occurredAt", "is required"));
            return null;
        }
        Instant instant = IsoInstants.parse(text);
        if (instant == null) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(at.error(
                        "occurredAt", "must be an ISO-8601 date-time with offset, e.g. 2023-10-05T09:30:00+08:00"));
                return null;
            }
        }
        if (instant.isAfter(this.latest)) {
            errors.add(at.error("occurredAt", "lies more than a day in the future"));
            return null;
        }
        return instant;
    }

    private static void checkOrg(
            String field, String code, Predicate<String> knownOrg, RecordLocation at, List<FieldError> errors) {
        if (code == null || code.isEmpty()) {
            errors.add(at.error(field, "is required"));
        } else if (!knownOrg.test(code)) {
            errors.add(at.error(field, "unknown organization '" + abbreviate(code) + "'"));
        }
    }

    private static long calls(String text, RecordLocation at, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            errors.add(at.error("calls", "is required"));
            return 0;
        }
        long calls;
        try {
            calls = Long.parseLong(text);
        } catch (NumberFormatException e) {
            calls = 0;
        }
        if (calls < 1 || calls > MAX_CALLS) {
            errors.add(at.error("calls", "must be a whole number from 1 to " + MAX_CALLS));
        }
        return calls;
    }

    private int monthOf(int day) {
        if (day != this.lastDay) {
            this.lastDay = day;
            this.lastMonth = (int) LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
        }
        return this.lastMonth;
    }

    /** The first day of the month of an epoch day, as an epoch day. */
    public static int monthStart(int day) {
        return (int) LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String code) {
        return code.length() <= MAX_CODE_LENGTH ? code : code.substring(0, MAX_CODE_LENGTH) + "…";
    }
}
