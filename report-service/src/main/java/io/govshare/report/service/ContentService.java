package io.govshare.report.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.report.config.ReportConfig;
import io.govshare.report.domain.Content;
import io.govshare.report.persistence.ReportContentEntity;
import io.govshare.report.persistence.ReportContentRepository;

/** The editorial content of a month (issue date, names, cases, colophon), used by the next build. */
@ApplicationScoped
public class ContentService {

    private final ReportContentRepository contents;
    private final SnapshotCodec codec;
    private final Clock clock;

    public ContentService(ReportContentRepository contents, SnapshotCodec codec, ReportConfig config) {
        this.contents = contents;
        this.codec = codec;
        this.clock = Clock.system(config.timeZone());
    }

    /**
     * Replaces the content of a month (inserted or replaced in one statement, so that concurrent saves never fail);
     * a version already built keeps the content it was built with.
     */
    @WithTransaction
    public Uni<Content> replace(Content content, String user) {
        Log.debugf("content of %s replaced by %s", content.month(), user);
        ReportContentEntity row = new ReportContentEntity();
        row.month = content.month();
        row.issueDate = content.issueDate();
        row.province = content.province();
        row.issuer = content.issuer();
        row.cases = this.codec.write(content.cases());
        row.colophon = content.colophon() == null ? null : this.codec.write(content.colophon());
        row.updatedAt = OffsetDateTime.now(this.clock);
        row.updatedBy = user;
        return this.contents.upsert(row).map(changed -> toDomain(row));
    }

    /** The content of a month; the empty content when the editor has written none. */
    @WithSession
    public Uni<Content> get(YearMonth month) {
        return this.contents
                .findById(month.toString())
                .map(row -> row == null ? Content.empty(month.toString()) : toDomain(row));
    }

    private Content toDomain(ReportContentEntity row) {
        return new Content(
                row.month,
                row.issueDate,
                row.province,
                row.issuer,
                this.codec.cases(row.cases),
                this.codec.colophon(row.colophon));
    }
}
