-- Share requests and their history (docs/architecture.md §5, docs/statistics.md). Nothing is ever deleted: the history is the audit trail.

create table share_request (
    id                       uuid          primary key,
    external_id              varchar(100)  unique,
    import_hash              varchar(64),
    applicant_org            varchar(64)   not null,
    provider_org             varchar(64)   not null,
    resource_code            varchar(64)   not null,
    resource_name            varchar(300),
    channel                  varchar(16)   not null check (channel in ('PROVINCIAL', 'NATIONAL_ZONE')),
    status                   varchar(16)   not null
        check (status in ('SUBMITTED', 'ACCEPTED', 'REVIEWED', 'SIGNED', 'REJECTED', 'WITHDRAWN', 'AUTO_APPROVED')),
    rejected_node            varchar(8)    check (rejected_node in ('ACCEPT', 'REVIEW', 'SIGN')),
    purpose                  varchar(2000),
    legal_basis              varchar(2000),
    items                    text[]        not null default '{}',
    valid_until              date,
    submitted_at             timestamptz   not null,
    submitted_by             varchar(200)  not null,
    deadline                 timestamptz   not null,
    -- the provider's first response (ACCEPT, or REJECT at the ACCEPT node) and its working time since submission
    responded_at             timestamptz,
    response_working_seconds bigint        check (response_working_seconds >= 0),
    status_changed_at        timestamptz   not null,
    event_count              integer       not null check (event_count >= 1),
    resubmission_of          uuid          unique references share_request (id),
    version                  bigint        not null,
    created_at               timestamptz   not null default now(),
    constraint share_request_parties check (applicant_org <> provider_org),
    constraint share_request_rejection check ((status = 'REJECTED') = (rejected_node is not null)),
    constraint share_request_response check ((responded_at is null) = (response_working_seconds is null))
);
create index share_request_submitted_idx on share_request (submitted_at);
create index share_request_applicant_idx on share_request (applicant_org, submitted_at);
create index share_request_provider_idx on share_request (provider_org, submitted_at);
create index share_request_national_idx on share_request (submitted_at, applicant_org) where channel = 'NATIONAL_ZONE';

-- Every transition, in order; "the status at the end of month M" is the last event before the end of M.
create table request_event (
    id            bigint generated always as identity primary key,
    request_id    uuid          not null references share_request (id),
    seq           integer       not null check (seq >= 1),
    action        varchar(16)   not null
        check (action in ('SUBMIT', 'AUTO_APPROVE', 'ACCEPT', 'REVIEW', 'SIGN', 'REJECT', 'WITHDRAW', 'RESUBMIT')),
    from_status   varchar(16),
    to_status     varchar(16)   not null,
    node          varchar(8)    check (node in ('ACCEPT', 'REVIEW', 'SIGN')),
    actor_user    varchar(200)  not null,
    actor_org     varchar(64),
    at            timestamptz   not null,
    comment       varchar(2000),
    recorded_at   timestamptz   not null default now(),
    unique (request_id, seq)
);
create index request_event_at_idx on request_event (request_id, at, seq);

-- The audit trail is append-only: no event is changed or removed, and no request is removed.
create function govshare_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail of share requests is append-only (% on %)', tg_op, tg_table_name;
end;
$$;
create trigger request_event_append_only before update or delete on request_event
    for each row execute function govshare_refuse_change();
create trigger share_request_never_deleted before delete on share_request
    for each row execute function govshare_refuse_change();
