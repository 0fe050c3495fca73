package io.govshare.exchange.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Directory;
import io.govshare.exchange.domain.OrganizationFigures;

/** One organization's exchange figures over a period (DESIGN §11). */
@Schema(description = "An organization's calls provided and used, by counterpart, by resource and by day")
public record OrganizationStatsView(
        String orgCode,
        String orgName,
        LocalDate from,
        LocalDate to,
        long provided,
        long used,
        List<CounterpartView> byCounterpart,
        List<ResourceView> byResource,
        List<DayView> byDay) {

    /** Calls exchanged with one counterpart: provided to it and used from it. */
    public record CounterpartView(String orgCode, String orgName, long provided, long used) {}

    /** Calls of one resource ({@code resourceCode} null: records that named none). */
    public record ResourceView(String resourceCode, long provided, long used) {}

    /** Calls of one day. */
    public record DayView(LocalDate date, long provided, long used) {}

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
