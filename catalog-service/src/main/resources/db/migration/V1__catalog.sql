-- Catalog schema (docs/architecture.md §3, §4). Codes are operator-chosen stable identifiers; nothing referenced is deleted.

create table region (
    code        varchar(64)  primary key,
    name        varchar(200) not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table organization (
    code        varchar(64)  primary key,
    name        varchar(200) not null,
    short_name  varchar(100),
    level       varchar(16)  not null check (level in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY')),
    region_code varchar(64)  references region (code),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint organization_region_by_level check (
        (level in ('PREFECTURE', 'COUNTY') and region_code is not null)
        or (level in ('NATIONAL', 'PROVINCIAL') and region_code is null))
);
create index organization_level_idx on organization (level);
create index organization_region_idx on organization (region_code);

create table data_resource (
    code             varchar(64)   primary key,
    name             varchar(300)  not null,
    provider_org     varchar(64)   not null references organization (code),
    sharing_type     varchar(16)   not null check (sharing_type in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHAREABLE')),
    open_type        varchar(16)   not null check (open_type in ('OPEN', 'CONDITIONAL_OPEN', 'NOT_OPEN')),
    update_frequency varchar(16)   not null
        check (update_frequency in ('REALTIME', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'IRREGULAR')),
    items            text          not null default '[]',
    description      varchar(4000),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
create index data_resource_provider_idx on data_resource (provider_org);
create index data_resource_sharing_idx on data_resource (sharing_type);

-- The ordered monthly list of recommended national resources (国家数据资源推荐).
create table recommendation (
    month         varchar(7)  not null,
    rank          integer     not null check (rank >= 1),
    resource_code varchar(64) not null references data_resource (code),
    primary key (month, rank),
    unique (month, resource_code)
);

-- One ledger (一本账): every status change of a unit, never updated or deleted.
create table ledger_change (
    id             bigint generated always as identity primary key,
    org_code       varchar(64)  not null references organization (code),
    status         varchar(16)  not null check (status in ('NOT_STARTED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED')),
    effective_date date         not null,
    planned_date   date,
    note           varchar(1000),
    recorded_at    timestamptz  not null default now(),
    recorded_by    varchar(200) not null
);
create index ledger_change_org_idx on ledger_change (org_code, effective_date, id);
