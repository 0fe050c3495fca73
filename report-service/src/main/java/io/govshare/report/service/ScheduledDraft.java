package io.govshare.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import io.govshare.report.config.ReportConfig;
import io.govshare.report.domain.ReportVersion;
import io.govshare.report.domain.WorkingCalendar;
import io.govshare.report.persistence.ReportVersionRepository;

/**
 * The scheduled draft (docs/report.md): on the configured working day of each month the previous month's draft is
 * built by the service itself, with the content written so far, so that the editors find it ready with its checks.
 * Every replica looks; the month's lock in the database lets exactly one of them store the draft, and none when the
 * month has a version already. Nothing is ever published here.
 */
@ApplicationScoped
public class ScheduledDraft {

    private final BuildService builds;
    private final ReportVersionRepository versions;
    private final WorkingCalendar calendar;
    private final ReportConfig.ScheduledDraft config;
    private final Clock clock;

    public ScheduledDraft(
            BuildService builds, ReportVersionRepository versions, WorkingCalendar calendar, ReportConfig config) {
        this.builds = builds;
        this.versions = versions;
        this.calendar = calendar;
        this.config = config.scheduledDraft();
        this.clock = Clock.system(config.timeZone());
    }

    @Scheduled(
            identity = "report-scheduled-draft",
            cron = "${report.scheduled-draft.cron:0 0 7 * * ?}",
            timeZone = "${report.time-zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return runOn(LocalDate.now(this.clock))
                .onFailure()
                .invoke(e -> Log.errorf("the scheduled draft failed; an editor builds it by hand: %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** The working day of a month on which the draft of the month before is built. */
    public LocalDate dayIn(YearMonth month) {
        return this.calendar.workingDay(month, this.config.workingDay());
    }

    /**
     * What the job does on {@code day}: on the configured working day, builds the previous month's draft unless that
     * month has a version. The version built, or null when nothing was built.
     */
    public Uni<ReportVersion> runOn(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        if (!this.config.enabled() || !day.equals(dayIn(month))) {
            return Uni.createFrom().nullItem();
        }
        if (!this.calendar.covers(day.getYear())) {
            Log.warnf("the holiday calendar has no year %d: the scheduled draft counts weekends only", day.getYear());
        }
        YearMonth previous = month.minusMonths(1);
        return this.versions.findLatest(previous.toString()).flatMap(found -> {
            if (found != null) {
                Log.infof("the report %s has version %d: no scheduled draft", previous, found.version);
                return Uni.createFrom().nullItem();
            }
            return this.builds.buildFirst(previous, BuildService.SCHEDULER);
        });
    }
}
