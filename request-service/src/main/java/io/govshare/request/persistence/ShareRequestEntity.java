package io.govshare.request.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.govshare.request.domain.Channel;
import io.govshare.request.domain.NewShareRequest;
import io.govshare.request.domain.Parties;
import io.govshare.request.domain.RejectionNode;
import io.govshare.request.domain.ResponseDeadline;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.domain.StatusChange;

/**
 * A share request (docs/architecture.md §5). Its status only changes through {@link #apply}, which records the step as an event;
 * {@code version} guards against lost updates when two people act at once.
 */
@Entity
@Table(name = "share_request")
public class ShareRequestEntity {

    @Id
    public UUID id;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "import_hash")
    public String importHash;

    @Column(name = "applicant_org", nullable = false)
    public String applicantOrg;

    @Column(name = "provider_org", nullable = false)
    public String providerOrg;

    @Column(name = "resource_code", nullable = false)
    public String resourceCode;

    @Column(name = "resource_name")
    public String resourceName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShareRequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejected_node")
    public RejectionNode rejectedNode;

    @Column
    public String purpose;

    @Column(name = "legal_basis")
    public String legalBasis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] items;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(nullable = false)
    public OffsetDateTime deadline;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "response_working_seconds")
    public Long responseWorkingSeconds;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "event_count", nullable = false)
    public int eventCount;

    @Column(name = "resubmission_of")
    public UUID resubmissionOf;

    @Version
    @Column(nullable = false)
    public Long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** A new request with the data of {@code request}; its steps follow through {@link #apply}. */
    public static ShareRequestEntity create(
            NewShareRequest request, Instant submittedAt, String submittedBy, ResponseDeadline deadline) {
        ShareRequestEntity entity = new ShareRequestEntity();
        entity.id = UUID.randomUUID();
        entity.applicantOrg = request.parties().applicantOrg();
        entity.providerOrg = request.parties().providerOrg();
        entity.resourceCode = request.resourceCode();
        entity.resourceName = request.resourceName();
        entity.channel = request.channel();
        entity.purpose = request.purpose();
        entity.legalBasis = request.legalBasis();
        entity.items = request.items().toArray(String[]::new);
        entity.validUntil = request.validUntil();
        entity.resubmissionOf = request.resubmissionOf();
        entity.externalId = request.externalId();
        entity.importHash = request.importHash();
        entity.submittedAt = submittedAt.atOffset(ZoneOffset.UTC);
        entity.submittedBy = submittedBy;
        entity.deadline = deadline.deadlineFor(submittedAt).atOffset(ZoneOffset.UTC);
        entity.statusChangedAt = entity.submittedAt;
        entity.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return entity;
    }

    public Parties parties() {
        return new Parties(this.applicantOrg, this.providerOrg);
    }

    /**
     * Takes one step of the history: the status follows it, the first response is timed against the deadline, and
     * the step is returned as the event to store in the same transaction.
     */
    public RequestEventEntity apply(StatusChange change, ResponseDeadline deadline) {
        if (this.eventCount > 0 && change.from() != this.status) {
            throw new IllegalStateException("step " + change + " does not start from " + this.status);
        }
        this.status = change.to();
        this.rejectedNode = change.node();
        this.statusChangedAt = change.at().atOffset(ZoneOffset.UTC);
        if (change.isResponse() && this.respondedAt == null) {
            this.respondedAt = this.statusChangedAt;
            this.responseWorkingSeconds = deadline.responseSeconds(this.submittedAt.toInstant(), change.at());
        }
        this.eventCount++;
        return RequestEventEntity.of(this.id, this.eventCount, change);
    }
}
