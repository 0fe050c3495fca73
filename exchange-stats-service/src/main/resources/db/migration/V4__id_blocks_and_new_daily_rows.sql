-- Two changes that take index work off a batch's path (README "Storage", ADR docs/adr/2026-12-07-id-blocks-and-new-daily-rows.md).
--
-- 1. Numbered ids, 64 to a row. An id that ends in 1-18 ASCII digits (gw-000000001) is the text before the digits,
--    the number of digits and their value (NumberedId); such ids are kept in record_block, one row per (month,
--    prefix, width, block of 64 consecutive numbers) whose bits say which of the 64 are stored. A gateway that
--    numbers its records writes one row per 64 ids instead of 64 rows and index entries. Every other id stays in
--    record_id. Which table keeps an id follows from the id alone, so each id has one place, and a primary key
--    guards each place. Partitioned by month like record_id; the service creates both partitions of a month.
create table record_block (
    month  date                     not null,
    prefix varchar(128) collate "C" not null,
    width  smallint                 not null check (width between 1 and 18),
    block  bigint                   not null check (block >= 0),
    bits   bigint                   not null check (bits <> 0),
    primary key (month, prefix, width, block)
) partition by range (month);

-- The numbered ids stored so far move from record_id into record_block: after this migration the service looks for
-- them there. The partitions of record_block are created for every month record_id has.
do $$
declare
    first date;
begin
    for first in select distinct month from record_id loop
        execute format('create table if not exists %I partition of record_block for values from (%L) to (%L)',
                       'record_block_' || to_char(first, 'YYYY_MM'), first, (first + interval '1 month')::date);
    end loop;
end $$;

with numbered as (
    delete from record_id where id ~ '(^|[^0-9])[0-9]{1,18}$'
    returning month, id, substring(id from '[0-9]+$') as digits)
insert into record_block (month, prefix, width, block, bits)
select month, left(id, length(id) - length(digits)), length(digits), digits::bigint / 64,
       bit_or(1::bigint << (digits::bigint % 64)::int)
from numbered
group by 1, 2, 3, 4;

-- 2. Daily rows appended where no covering index has to take them. A batch appends its daily sums to
--    exchange_daily_new (one small index, on the day), and the compactor moves them into the indexed table, renamed
--    exchange_daily_merged, merging each key of a day into one row. exchange_daily is now the view of both: every
--    query of an organization's days reads both parts through their indexes, and sums the rows of a key as before.
--    Run this migration when no batch is posted: a service of the previous version appends to exchange_daily and
--    fails (503, nothing stored; the gateway posts again) once it is a view.
alter table exchange_daily rename to exchange_daily_merged;

create table exchange_daily_new (
    day           date                    not null,
    provider_org  varchar(64) collate "C" not null,
    consumer_org  varchar(64) collate "C" not null,
    resource_code varchar(64) collate "C" not null,
    calls         bigint                  not null check (calls > 0)
);
create index exchange_daily_new_day_idx on exchange_daily_new (day);

create view exchange_daily as
select day, provider_org, consumer_org, resource_code, calls from exchange_daily_merged
union all
select day, provider_org, consumer_org, resource_code, calls from exchange_daily_new;
