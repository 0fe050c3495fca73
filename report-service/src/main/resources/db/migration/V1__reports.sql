-- report-service (docs/report.md): the editorial content of a month and the built versions of its report.

create table report_content (
    month      varchar(7)   primary key,
    issue_date date,
    province   varchar(100),
    issuer     varchar(200),
    cases      jsonb        not null,
    colophon   jsonb,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    row_version bigint      not null default 0
);

create table report_version (
    id              uuid         primary key,
    month           varchar(7)   not null,
    version         integer      not null check (version >= 1),
    status          varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    built_at        timestamptz  not null,
    built_by        varchar(200) not null,
    snapshot        jsonb        not null,
    checks          jsonb        not null,
    checks_ok       boolean      not null,
    published_at    timestamptz,
    published_by    varchar(200),
    override_reason varchar(2000),
    constraint report_version_month_version unique (month, version),
    constraint report_version_published check ((status = 'PUBLISHED') = (published_at is not null))
);

create index report_version_built_at on report_version (built_at desc);

-- A built version never changes its figures, and a published one never changes at all: the database refuses it,
-- whatever the code does.
create function report_version_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' then
            raise exception 'report % version % is published and cannot be deleted', old.month, old.version;
        end if;
        return old;
    end if;
    if old.status = 'PUBLISHED' then
        raise exception 'report % version % is published and immutable', old.month, old.version;
    end if;
    if new.month <> old.month or new.version <> old.version or new.built_at <> old.built_at
            or new.built_by <> old.built_by or new.snapshot <> old.snapshot or new.checks <> old.checks
            or new.checks_ok <> old.checks_ok then
        raise exception 'report % version %: a built version never changes its figures', old.month, old.version;
    end if;
    return new;
end
$$;

create trigger report_version_immutable before update or delete on report_version
    for each row execute function report_version_immutable();
