package io.govshare.console.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the console writes numbers, dates and the API's enum values in Chinese (used in templates as
 * {@code {zh:wan(n)}} …). Exchange figures are written as the report writes them (docs/statistics.md, "万次
 * figures"): from 10,000 calls on in 万次 with two decimals, rounded as report-service rounds
 * ({@code console.wan-rounding}, the same setting as {@code report.wan-rounding}); tables give the full counts.
 */
@TemplateExtension(namespace = "zh")
public final class Formats {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static final Map<String, String> STATUS = Map.of(
            "SUBMITTED", "待受理",
            "ACCEPTED", "已受理",
            "REVIEWED", "已审核",
            "SIGNED", "已签发",
            "REJECTED", "已驳回",
            "WITHDRAWN", "已撤回",
            "AUTO_APPROVED", "无条件共享（自动通过）");
    private static final Map<String, String> ACTION = Map.of(
            "SUBMIT", "提交",
            "AUTO_APPROVE", "自动通过",
            "ACCEPT", "受理",
            "REVIEW", "审核",
            "SIGN", "签发",
            "REJECT", "驳回",
            "WITHDRAW", "撤回",
            "RESUBMIT", "重提");
    private static final Map<String, String> SHARING =
            Map.of("UNCONDITIONAL", "无条件共享", "CONDITIONAL", "有条件共享", "NOT_SHAREABLE", "不予共享");
    private static final Map<String, String> LEVEL =
            Map.of("NATIONAL", "所属部委", "PROVINCIAL", "省直部门", "PREFECTURE", "市州", "COUNTY", "区县");
    private static final Map<String, String> LEDGER = Map.of(
            "NOT_STARTED", "未开始",
            "SCHEDULED", "已确定确认时间",
            "IN_PROGRESS", "正在进行确认",
            "COMPLETED", "已基本完成确认");
    private static final Map<String, String> REPORT = Map.of("DRAFT", "草稿", "PUBLISHED", "已发布");
    private static final Map<String, String> CHANNEL = Map.of("PROVINCIAL", "省级共享", "NATIONAL_ZONE", "国家数据直达基层专区");

    private Formats() {}

    /** A count with thousands separators: 32,696,905. */
    public static String count(long value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** Calls as the report writes them: 3269.69万次 from 10,000 on, else 9,999次. */
    public static String wan(long calls) {
        if (Math.abs(calls) < 10_000) {
            return count(calls) + "次";
        }
        return wanFigure(calls, roundingMode()) + "万次";
    }

    /** The 万 figure with two decimals in the given rounding. */
    static String wanFigure(long calls, RoundingMode mode) {
        return BigDecimal.valueOf(calls).divide(TEN_THOUSAND).setScale(2, mode).toPlainString();
    }

    /** 2023-10 → 2023年10月; anything else as it is. */
    public static String month(String month) {
        if (month == null) {
            return "";
        }
        try {
            YearMonth m = YearMonth.parse(month);
            return m.getYear() + "年" + m.getMonthValue() + "月";
        } catch (DateTimeParseException e) {
            return month;
        }
    }

    /** 2023-10-09 (or an instant) → 2023年10月9日. */
    public static String date(String date) {
        if (date == null || date.isBlank()) {
            return "";
        }
        try {
            LocalDate d = date.length() > 10
                    ? OffsetDateTime.parse(date).atZoneSameInstant(zone()).toLocalDate()
                    : LocalDate.parse(date);
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    /** An instant → 2023年10月9日 10:15 in the platform time zone. */
    public static String time(String instant) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        try {
            var t = OffsetDateTime.parse(instant).atZoneSameInstant(zone());
            return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日 "
                    + String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    public static String status(String value) {
        return label(STATUS, value);
    }

    public static String action(String value) {
        return label(ACTION, value);
    }

    public static String sharing(String value) {
        return label(SHARING, value);
    }

    public static String level(String value) {
        return label(LEVEL, value);
    }

    public static String ledger(String value) {
        return label(LEDGER, value);
    }

    public static String report(String value) {
        return label(REPORT, value);
    }

    public static String channel(String value) {
        return label(CHANNEL, value);
    }

    /** The node of a rejection: 受理, 审核, 签发. */
    public static String node(String value) {
        return value == null ? "" : label(ACTION, value);
    }

    private static String label(Map<String, String> labels, String value) {
        if (value == null) {
            return "";
        }
        return labels.getOrDefault(value, value);
    }

    static ZoneId zone() {
        return ZoneId.of(ConfigProvider.getConfig()
                .getOptionalValue("console.time-zone", String.class)
                .orElse("Asia/Shanghai"));
    }

    static RoundingMode roundingMode() {
        String mode = ConfigProvider.getConfig()
                .getOptionalValue("console.wan-rounding", String.class)
                .orElse("HALF_UP");
        return "FLOOR".equalsIgnoreCase(mode) ? RoundingMode.FLOOR : RoundingMode.HALF_UP;
    }
}
