package io.govshare.request.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of request-service. */
@ConfigMapping(prefix = "request")
public interface RequestConfig {

    /** The platform time zone: months, days and working days are counted in it. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Working days the provider has to respond (accept or reject) after submission. */
    @WithDefault("10")
    int responseWorkingDays();

    /** The holiday calendar. */
    Calendar calendar();

    /** The history import. */
    @WithName("import")
    Import importing();

    /** The metrics read from the database (k8s/README.md, "Metrics the services expose"). */
    Metrics metrics();

    /** How often the workflow gauges are read again and the holiday calendar's years looked at. */
    interface Metrics {

        /** A period of the scheduler ({@code 60s}; {@code off} stops it). */
        @WithDefault("60s")
        String refresh();
    }

    /**
     * The holiday calendar: the official calendars shipped with the service, the deployment's own calendar files
     * (k8s/RUNBOOK.md, "Adding a holiday year"), plus corrections.
     */
    interface Calendar {

        /**
         * Where the built-in calendar file is: {@code classpath:} a resource of the service, otherwise a file path.
         * Its format is that of the shipped {@code calendar/cn-holidays.json}.
         */
        @WithDefault("classpath:calendar/cn-holidays.json")
        String location();

        /**
         * The deployment's calendar files: files, or directories whose {@code *.json} files are read (a ConfigMap
         * mounted as a directory). A year they give replaces the built-in one; a bad file stops the service at start.
         */
        Optional<List<String>> additional();

        /** Extra days off (e.g. the next year's public holidays before a new file ships). */
        Optional<List<LocalDate>> extraHolidays();

        /** Extra adjusted working days (调休上班) on weekends. */
        Optional<List<LocalDate>> extraWorkingDays();

        /** Extra years whose calendar the extra days complete, so that they count as covered. */
        Optional<List<Integer>> extraYears();
    }

    /** Limits of {@code POST /share-requests/import}. */
    interface Import {

        /** Most items one import call takes; a larger batch is answered 413 and stores nothing. */
        @WithDefault("1000")
        int maxItems();
    }
}
