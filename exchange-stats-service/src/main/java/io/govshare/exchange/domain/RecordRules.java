package io.govshare.exchange.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.MessageKey;
import io.govshare.common.input.Codes;
import io.govshare.common.input.Dates;
import io.govshare.common.input.TextChecks;

/**
 * The rules one exchange record must meet (docs/api.md, "exchange-stats-service"), checked in the one pass that reads
 * the batch: an id of 1–{@value #MAX_ID_LENGTH} characters without control characters or lone surrogates; an
 * ISO-8601 instant with offset in [1970-01-01T00:00Z, now + the clock skew]; two organizations the catalog knows; an
 * optional resource code; {@code calls} from 1 to {@value #MAX_CALLS}. Every broken rule is reported, not only the
 * first. One instance checks one batch: it remembers the resource codes it has seen valid and the well-formed
 * organization codes the catalog did not know.
 */
public final class RecordRules {

    public static final int MAX_ID_LENGTH = 128;

    /**
     * The most calls one record may carry. With at most 100,000 records a batch, a batch adds at most 2.1 × 10^14
     * calls; a key's monthly sum (a signed 64-bit integer here and in PostgreSQL) overflows only after 4.3 × 10^9
     * records at this maximum for one organization in one month, over a hundred times the national volume.
     */
    public static final long MAX_CALLS = Integer.MAX_VALUE;

    /** The first instant a record may lie at. */
    public static final Instant EARLIEST = Dates.MIN_INSTANT;

    private final ZoneId zone;
    private final Instant latest;
    private final String skew;
    private final long oldestMonth;
    private final Set<String> validResources = new HashSet<>();
    private final Set<String> unknownOrganizations = new TreeSet<>();
    private int lastDay = Integer.MIN_VALUE;
    private int lastMonth;

    /**
     * @param now the current instant
     * @param maxClockSkew how far in the future (the clocks of gateways run ahead) a record may lie
     * @param maxAgeMonths how many months before the current one a record may lie; 0 for any
     */
    public RecordRules(ZoneId zone, Instant now, Duration maxClockSkew, int maxAgeMonths) {
        this.zone = zone;
        this.latest = now.plus(maxClockSkew);
        this.skew = maxClockSkew.toString().substring(2).toLowerCase(Locale.ROOT);
        this.oldestMonth = maxAgeMonths <= 0
                ? Long.MIN_VALUE
                : LocalDate.ofInstant(now, zone)
                        .withDayOfMonth(1)
                        .minusMonths(maxAgeMonths)
                        .toEpochDay();
    }

    /** The checked record, or null after telling {@code tally} every rule it breaks. */
    public ExchangeRecord check(RecordDraft draft, Predicate<String> knownOrg, BatchTally tally) {
        RecordLocation at = draft.location();
        boolean valid = checkId(draft.id(), at, tally);
        Instant occurredAt = instant(draft.occurredAt(), at, tally);
        valid &= occurredAt != null;
        valid &= checkOrg("providerOrg", draft.providerOrg(), knownOrg, at, tally);
        valid &= checkOrg("consumerOrg", draft.consumerOrg(), knownOrg, at, tally);
        String resource = draft.resourceCode() == null ? "" : draft.resourceCode();
        valid &= checkResource(resource, at, tally);
        long calls = calls(draft.calls(), at, tally);
        if (!valid || calls == 0) {
            return null;
        }
        // in range: the day fits an int and its month is a real one
        int day = (int) LocalDate.ofInstant(occurredAt, this.zone).toEpochDay();
        int month = monthOf(day);
        if (month < this.oldestMonth) {
            tally.error(
                    at, "occurredAt", ExchangeMessages.TOO_OLD, YearMonth.from(LocalDate.ofEpochDay(this.oldestMonth)));
            return null;
        }
        return new ExchangeRecord(draft.id(), day, month, draft.providerOrg(), draft.consumerOrg(), resource, calls);
    }

    /** The well-formed organization codes of the batch the catalog did not know. */
    public Set<String> unknownOrganizations() {
        return this.unknownOrganizations;
    }

    private static boolean checkId(String id, RecordLocation at, BatchTally tally) {
        MessageKey problem = idProblem(id);
        if (problem == null) {
            return true;
        }
        tally.error(at, "id", problem, MAX_ID_LENGTH);
        return false;
    }

    /** Why an id is refused, or null: one loop over its characters. */
    static MessageKey idProblem(String id) {
        if (id == null || id.isEmpty()) {
            return CommonMessages.REQUIRED;
        }
        int length = id.length();
        if (length > MAX_ID_LENGTH) {
            return CommonMessages.TOO_LONG;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c == 0) {
                return CommonMessages.NUL;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return CommonMessages.CONTROL;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(id.charAt(i + 1))) {
                    i++;
                } else {
                    return CommonMessages.SURROGATE;
                }
            }
        }
        return null;
    }

    private Instant instant(String text, RecordLocation at, BatchTally tally) {
        if (text == null || text.isEmpty()) {
            tally.error(at, "occurredAt", CommonMessages.REQUIRED);
            return null;
        }
        Instant instant = IsoInstants.parse(text);
        if (instant == null) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                tally.error(at, "occurredAt", TextChecks.problem(text).orElse(CommonMessages.INSTANT));
                return null;
            }
        }
        if (instant.isBefore(EARLIEST)) {
            tally.error(at, "occurredAt", ExchangeMessages.BEFORE_EPOCH, EARLIEST);
            return null;
        }
        if (instant.isAfter(this.latest)) {
            tally.error(at, "occurredAt", ExchangeMessages.IN_FUTURE, this.skew);
            return null;
        }
        return instant;
    }

    private boolean checkOrg(
            String field, String code, Predicate<String> knownOrg, RecordLocation at, BatchTally tally) {
        if (code == null || code.isEmpty()) {
            tally.error(at, field, CommonMessages.REQUIRED);
            return false;
        }
        if (knownOrg.test(code)) {
            return true;
        }
        if (!Codes.isValid(code)) {
            tally.error(at, field, codeProblem(code));
        } else {
            this.unknownOrganizations.add(code);
            tally.error(at, field, ExchangeMessages.UNKNOWN_ORGANIZATION, code);
        }
        return false;
    }

    /** An empty resource code means none; codes once found valid are not checked again in the batch. */
    private boolean checkResource(String code, RecordLocation at, BatchTally tally) {
        if (code.isEmpty() || this.validResources.contains(code)) {
            return true;
        }
        if (Codes.isValid(code)) {
            this.validResources.add(code);
            return true;
        }
        tally.error(at, "resourceCode", codeProblem(code));
        return false;
    }

    private static MessageKey codeProblem(String code) {
        return TextChecks.problem(code).<MessageKey>map(m -> m).orElse(CommonMessages.CODE);
    }

    /** The calls, or 0 after telling {@code tally} why they are refused. */
    private static long calls(String text, RecordLocation at, BatchTally tally) {
        if (text == null || text.isEmpty()) {
            tally.error(at, "calls", CommonMessages.REQUIRED);
            return 0;
        }
        long calls;
        try {
            calls = Long.parseLong(text);
        } catch (NumberFormatException e) {
            calls = 0;
        }
        if (calls < 1 || calls > MAX_CALLS) {
            tally.error(
                    at,
                    "calls",
                    TextChecks.problem(text).<MessageKey>map(m -> m).orElse(ExchangeMessages.CALLS),
                    MAX_CALLS);
            return 0;
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
}
