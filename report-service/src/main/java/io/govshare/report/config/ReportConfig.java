package io.govshare.report.config;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
