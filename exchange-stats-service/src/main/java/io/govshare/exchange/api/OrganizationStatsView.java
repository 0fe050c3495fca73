package io.govshare.exchange.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Directory;
import io.govshare.exchange.domain.OrganizationFigures;

/** One organization's exchange figures over a period (docs/statistics.md, "An organization's own figures"). */
@Schema(
        name = "ExchangeOrganizationFigures",
        description = "An organization's calls provided and used, by counterpart, by resource and by day (单位交换情况)")
public record OrganizationStatsView(
        @Schema(required = true, example = "gz.zwfwzx") String orgCode,
        @Schema(required = true, example = "省政务服务中心") String orgName,

        @Schema(required = true, description = "First day of the period")
        LocalDate from,

        @Schema(required = true, description = "Last day of the period (inclusive)")
        LocalDate to,

        @Schema(required = true, description = "Calls it provided (提供)", example = "11541123")
        long provided,

        @Schema(required = true, description = "Calls it used (使用)", example = "11273914")
        long used,

        @Schema(required = true, description = "By counterpart, provided + used descending")
        List<CounterpartView> byCounterpart,

        @Schema(required = true, description = "By resource, provided + used descending")
        List<ResourceView> byResource,

        @Schema(required = true, description = "Every day of the period")
        List<DayView> byDay) {

    /** Calls exchanged with one counterpart: provided to it and used from it. */
    @Schema(name = "ExchangeCounterpart", description = "Calls exchanged with one counterpart (交换对象)")
    public record CounterpartView(
            @Schema(required = true, example = "gz.swj") String orgCode,
            @Schema(required = true, example = "省税务局") String orgName,
            @Schema(required = true, example = "5700260") long provided,
            @Schema(required = true, example = "987231") long used) {}

    /** Calls of one resource ({@code resourceCode} null: records that named none). */
    @Schema(name = "ExchangeResourceCalls", description = "Calls of one data resource (数据资源)")
    public record ResourceView(
            @Schema(nullable = true, description = "null for records that named no resource", example = "gz.zwfwzx.003")
            String resourceCode,

            @Schema(required = true, example = "3994541") long provided,
            @Schema(required = true, example = "0") long used) {}

    /** Calls of one day. */
    @Schema(name = "ExchangeDayCalls", description = "Calls of one day (每日)")
    public record DayView(
            @Schema(required = true) LocalDate date,
            @Schema(required = true, example = "184355") long provided,
            @Schema(required = true, example = "181051") long used) {}

    static OrganizationStatsView from(OrganizationFigures f, Directory directory) {
        return new OrganizationStatsView(
                f.orgCode(),
                directory.nameOf(f.orgCode()),
                f.from(),
                f.to(),
                f.provided(),
                f.used(),
                f.byCounterpart().stream()
                        .map(s -> new CounterpartView(s.code(), directory.nameOf(s.code()), s.provided(), s.used()))
                        .toList(),
                f.byResource().stream()
                        .map(s -> new ResourceView(s.code(), s.provided(), s.used()))
                        .toList(),
                f.byDay().stream()
                        .map(d -> new DayView(d.date(), d.provided(), d.used()))
                        .toList());
    }
}
