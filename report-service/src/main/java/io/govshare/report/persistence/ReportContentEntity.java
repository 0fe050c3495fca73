package io.govshare.report.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/** The editorial content of a month: issue date, names, typical cases and colophon (cases and colophon as JSON). */
@Entity
@Table(name = "report_content")
public class ReportContentEntity {

    @Id
    public String month;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    public String province;

    public String issuer;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "cases::text", write = "(?::text)::jsonb")
    public String cases;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "colophon::text", write = "(?::text)::jsonb")
    public String colophon;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** How often the content was replaced (the upsert counts it). */
    @Column(name = "row_version")
    public long rowVersion;
}
