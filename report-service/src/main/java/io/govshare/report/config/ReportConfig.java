package io.govshare.report.config;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    /** The colophon used where a month's content gives none. */
    ColophonDefaults colophon();

    /** Where the CJK TrueType fonts are (fetched by {@code fonts/fetch-fonts.py}). */
    interface Fonts {

        /** The directory holding NotoSerifSC-Regular.ttf, NotoSerifSC-Bold.ttf and NotoSansSC-Bold.ttf. */
        Path dir();
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
