package io.govshare.report.config;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import io.govshare.report.domain.EditionOption;

/** Settings of report-service: time zone, 万 rounding, fonts, and the defaults of every report's edition. */
@ConfigMapping(prefix = "report")
public interface ReportConfig {

    /** The platform time zone: a build's default issue date is a day in this zone. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** How 万 figures are rounded to 0.01 万: HALF_UP (default, ADR wan-rounding) or FLOOR. */
    @WithDefault("HALF_UP")
    RoundingMode wanRounding();

    /** The province named in the report's title (贵州省 → 贵州省政府数据共享开放月报). */
    String province();

    /** The issuer on the report's cover (贵州省信息中心). */
    String issuer();

    /** The fonts used by the PDF, DOCX and charts. */
    Fonts fonts();

    /** What the reports built from now on print beyond the seed's sentences. */
    EditionDefaults edition();

    /** The colophon used where a month's content gives none. */
    ColophonDefaults colophon();

    /** The previous month's draft, built by the service itself each month (docs/report.md "The scheduled draft"). */
    ScheduledDraft scheduledDraft();

    /** The PRC working-day calendar of the scheduled draft. */
    Calendar calendar();

    /** When the service builds the previous month's draft by itself. */
    interface ScheduledDraft {

        /** Whether it does at all. */
        @WithDefault("true")
        boolean enabled();

        /** On which working day of each month (1 = the first), by the holiday calendar. */
        @WithDefault("3")
        @Min(1)
        @Max(20)
        int workingDay();

        /** When the job looks whether today is that day (a cron in the platform time zone; {@code off} stops it). */
        @WithDefault("0 0 7 * * ?")
        String cron();
    }

    /** The holiday calendar: the built-in file and the deployment's own. */
    interface Calendar {

        /**
         * Where it is: a file path, or {@code classpath:} and a resource of the service; the default is the built-in
         * calendar (the years announced so far), in the format of {@code calendar/cn-holidays.json}.
         */
        @WithDefault("classpath:calendar/cn-holidays.json")
        String location();

        /**
         * The deployment's calendar files: files, or directories whose {@code *.json} files are read (a ConfigMap
         * mounted as a directory; k8s/RUNBOOK.md, "Adding a holiday year"). A year they give replaces the built-in
         * one; a bad file stops the service at start.
         */
        Optional<List<String>> additional();
    }

    /** Where the CJK TrueType fonts are: the official ones if the deployment has them, the open fallbacks otherwise. */
    interface Fonts {

        /** The open fallbacks NotoSerifSC-Regular.ttf, NotoSerifSC-Bold.ttf and NotoSansSC-Bold.ttf (fetch-fonts.py). */
        Path dir();

        /** A directory with the official fonts (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体, 宋体), when licensed. */
        Optional<Path> officialDir();

        /** Where fonts installed as system packages are (AR PL KaitiM GB of Debian's fonts-arphic-gkai00mp). */
        @WithDefault("/usr/share/fonts")
        List<Path> systemDirs();
    }

    /** The edition of the reports built from now on; each version keeps the edition it was built with. */
    interface EditionDefaults {

        /** The optional sentences and the charts (none: the sentences of the October 2023 report only). */
        Optional<Set<EditionOption>> options();
    }

    /** The default colophon (版记). */
    interface ColophonDefaults {

        /** 报: the body the report is reported to. */
        String reportTo();

        /** 送: the bodies it is sent to. */
        String sendTo();

        /** 发: the bodies it is issued to. */
        String issueTo();

        /** The issuing office. */
        String office();

        /** Copies printed in all. */
        int printedCopies();

        /** Of which electronic documents. */
        int electronicCopies();
    }
}
