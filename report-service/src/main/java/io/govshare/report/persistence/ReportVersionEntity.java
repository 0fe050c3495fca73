package io.govshare.report.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.govshare.report.domain.ReportStatus;

/** One built version of a month's report: its snapshot of figures and its checks (JSON), immutable once published. */
@Entity
@Table(name = "report_version")
public class ReportVersionEntity {

    @Id
    public UUID id;

    public String month;

    public int version;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "built_at")
    public OffsetDateTime builtAt;

    @Column(name = "built_by")
    public String builtBy;

    /** The {@code Snapshot} as JSON; read back as text so that it is parsed exactly as written. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "snapshot::text", write = "(?::text)::jsonb")
    public String snapshot;

    /** The list of {@code Check}s as JSON. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "checks::text", write = "(?::text)::jsonb")
    public String checks;

    @Column(name = "checks_ok")
    public boolean checksOk;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "override_reason")
    public String overrideReason;
}
