-- Exchange storage (docs/architecture.md §6, docs/statistics.md; README "Storage"). No raw records are kept: a batch stores the ids of its
-- new records and adds their calls to the aggregates, all in one transaction. Codes are compared byte-wise
-- (collate "C"): faster index maintenance than the database's linguistic collation, and codes are identifiers.

-- The ids of every stored record, the guard of exactly-once. A record is identified by its id within the
-- month (Asia/Shanghai) of its occurredAt: a re-posted record always falls into the same month. One partition
-- per month, created on demand by the service, so the index that ingestion touches stays the size of one
-- month and old months can be detached and dropped (see exchange.max-record-age-months).
create table record_id (
    month date                not null,
    id    varchar(128) collate "C" not null,
    primary key (month, id)
) partition by range (month);

-- Calls per day (Asia/Shanghai), provider, consumer and resource ('' when the record named none): the
-- finest figures kept; arbitrary date ranges of one organization are answered from here.
create table exchange_daily (
    day           date                    not null,
    provider_org  varchar(64) collate "C" not null,
    consumer_org  varchar(64) collate "C" not null,
    resource_code varchar(64) collate "C" not null,
    calls         bigint                  not null check (calls > 0),
    primary key (provider_org, day, consumer_org, resource_code)
) with (fillfactor = 90);
create index exchange_daily_consumer_idx on exchange_daily (consumer_org, day);

-- The same per calendar month: an organization's counterparts and resources of a month.
create table exchange_monthly (
    month         date                    not null,
    provider_org  varchar(64) collate "C" not null,
    consumer_org  varchar(64) collate "C" not null,
    resource_code varchar(64) collate "C" not null,
    calls         bigint                  not null check (calls > 0),
    primary key (month, provider_org, consumer_org, resource_code)
) with (fillfactor = 90);
create index exchange_monthly_consumer_idx on exchange_monthly (month, consumer_org);

-- Calls per day and organization, as provider (PROVIDER) and as consumer (CONSUMER): an organization's days.
create table org_daily (
    org_code varchar(64) collate "C" not null,
    side     varchar(8)              not null check (side in ('PROVIDER', 'CONSUMER')),
    day      date                    not null,
    calls    bigint                  not null check (calls > 0),
    primary key (org_code, day, side)
) with (fillfactor = 90);

-- Calls per month and organization and side: summary, rankings and regions read only this (~2,000 rows a month).
create table org_monthly (
    month    date                    not null,
    side     varchar(8)              not null check (side in ('PROVIDER', 'CONSUMER')),
    org_code varchar(64) collate "C" not null,
    calls    bigint                  not null check (calls > 0),
    primary key (month, side, org_code)
) with (fillfactor = 90);
