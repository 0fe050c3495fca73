package io.govshare.common.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Watches whether the holiday calendar covers the current and the next year (k8s/README.md, "Metrics the services
 * expose"; k8s/RUNBOOK.md, "Adding a holiday year"). A year it lacks counts Monday to Friday as working days, so
 * deadlines and working days come out wrong around its holidays; the service still works, so this is told, not
 * refused: the gauge {@value #METRIC} with the tag {@code year} (1 missing, 0 present) for exactly the current and the
 * next year, the data {@code missingYears} of the readiness check {@value #CHECK} (which stays UP), and a warning in
 * the log at startup and whenever the missing years change (the service calls {@link #check()} periodically, so the
 * gauges follow the turn of the year).
 */
public final class HolidayCalendarMonitor {

    public static final String METRIC = "govshare.calendar.year.missing";
    public static final String CHECK = "holiday-calendar";

    private final SortedSet<Integer> covered;
    private final Supplier<LocalDate> today;
    private final MeterRegistry registry;
    private final Map<Integer, Gauge> gauges = new HashMap<>();
    private List<Integer> lastMissing;

    /**
     * @param covered the years of the calendar
     * @param today today in the service's time zone
     */
    public HolidayCalendarMonitor(Set<Integer> covered, Supplier<LocalDate> today, MeterRegistry registry) {
        this.covered = new TreeSet<>(covered);
        this.today = today;
        this.registry = registry;
    }

    /** The current and the next year. */
    public List<Integer> watchedYears() {
        int year = this.today.get().getYear();
        return List.of(year, year + 1);
    }

    /** The watched years the calendar lacks. */
    public List<Integer> missingYears() {
        List<Integer> missing = new ArrayList<>();
        for (int year : watchedYears()) {
            if (!this.covered.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /**
     * Keeps a gauge for each watched year (and drops those of years no longer watched), and warns when the missing
     * years are not what they were at the last check.
     *
     * @return the missing years
     */
    public synchronized List<Integer> check() {
        List<Integer> watched = watchedYears();
        this.gauges.entrySet().removeIf(entry -> {
            if (!watched.contains(entry.getKey())) {
                this.registry.remove(entry.getValue());
                return true;
            }
            return false;
        });
        for (int year : watched) {
            this.gauges.computeIfAbsent(
                    year,
                    y -> Gauge.builder(METRIC, () -> this.covered.contains(y) ? 0 : 1)
                            .description("1 when the holiday calendar lacks the year (the current or the next), else 0")
                            .tag("year", String.valueOf(y))
                            .register(this.registry));
        }
        List<Integer> missing = missingYears();
        if (!missing.isEmpty() && !missing.equals(this.lastMissing)) {
            Log.warnf(
                    "the holiday calendar lacks %s (covered: %s): those years count Monday to Friday as working days;"
                            + " add the State Council's calendar of the year (k8s/RUNBOOK.md, \"Adding a holiday"
                            + " year\")",
                    join(missing), join(this.covered));
        }
        this.lastMissing = missing;
        return missing;
    }

    /** The readiness check's answer: UP (the service works, only degraded), with the missing years as data. */
    public HealthCheckResponse health() {
        return HealthCheckResponse.named(CHECK)
                .up()
                .withData("missingYears", join(missingYears()))
                .withData("checkedYears", join(watchedYears()))
                .withData("coveredYears", join(this.covered))
                .build();
    }

    private static String join(Iterable<Integer> years) {
        List<String> text = new ArrayList<>();
        years.forEach(year -> text.add(String.valueOf(year)));
        return text.stream().collect(Collectors.joining(", "));
    }
}
