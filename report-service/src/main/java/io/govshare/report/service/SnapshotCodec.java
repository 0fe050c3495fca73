package io.govshare.report.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.govshare.report.domain.Case;
import io.govshare.report.domain.Check;
import io.govshare.report.domain.Colophon;
import io.govshare.report.domain.ReportVersion;
import io.govshare.report.domain.Snapshot;
import io.govshare.report.persistence.ReportVersionEntity;

/** Writes and reads the JSON columns: snapshots, checks, cases and colophons. */
@ApplicationScoped
public class SnapshotCodec {

    private static final TypeReference<List<Check>> CHECKS = new TypeReference<>() {};
    private static final TypeReference<List<Case>> CASES = new TypeReference<>() {};

    private final ObjectMapper json;

    public SnapshotCodec(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return this.json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public ReportVersion read(ReportVersionEntity row) {
        return new ReportVersion(
                row.id,
                row.month,
                row.version,
                row.status,
                row.builtAt,
                row.builtBy,
                row.publishedAt,
                row.publishedBy,
                row.overrideReason,
                read(row.snapshot, new TypeReference<Snapshot>() {}),
                read(row.checks, CHECKS));
    }

    /** The checks of a version as stored. */
    public List<Check> checks(String text) {
        return read(text, CHECKS);
    }

    public List<Case> cases(String text) {
        return text == null ? List.of() : read(text, CASES);
    }

    public Colophon colophon(String text) {
        return text == null ? null : read(text, new TypeReference<Colophon>() {});
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return this.json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column cannot be read as " + type.getType(), e);
        }
    }
}
