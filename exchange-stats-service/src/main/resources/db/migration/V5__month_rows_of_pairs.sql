-- Calls of a provider, consumer and resource kept as one row per month with a column per day (README "Storage", ADR
-- docs/adr/2026-12-07-month-rows-of-pairs.md). A consumer calls the resources it was granted day after day, so a
-- month of a pair was up to 31 daily rows, each rewritten into three indexes whenever the compactor merged its day;
-- as one row it is appended once per batch and rewritten once per merge of the month. The benchmark's month
-- (2,000,000 records, 20,000 pairs) is ~333,000 daily rows and ~20,000 month rows.
--
-- exchange_days holds the merged rows, exchange_days_new the rows batches append; the compactor moves the new rows of
-- a month into exchange_days, one row per key. d01 is the month's first day, d31 its 31st; a day without calls is
-- null. org_daily, kept until now beside them, is the sum of an organization's pairs per day: the queries now sum the
-- month rows of its pairs, and org_daily becomes a view of them. The views exchange_daily and org_daily keep the
-- shape of the former tables for anyone who reads them (one row per day with calls); the service's queries read the
-- tables.
--
-- Run this migration when no batch is posted: a service of the previous version appends to exchange_daily_new and
-- org_daily, which go (503, nothing stored; the gateway posts again).

create table exchange_days (
    month         date                    not null check (extract(day from month) = 1),
    provider_org  varchar(64) collate "C" not null,
    consumer_org  varchar(64) collate "C" not null,
    resource_code varchar(64) collate "C" not null,
    d01 bigint, d02 bigint, d03 bigint, d04 bigint, d05 bigint, d06 bigint, d07 bigint, d08 bigint,
    d09 bigint, d10 bigint, d11 bigint, d12 bigint, d13 bigint, d14 bigint, d15 bigint, d16 bigint,
    d17 bigint, d18 bigint, d19 bigint, d20 bigint, d21 bigint, d22 bigint, d23 bigint, d24 bigint,
    d25 bigint, d26 bigint, d27 bigint, d28 bigint, d29 bigint, d30 bigint, d31 bigint,
    -- a day has calls (> 0) or none (null), and a row at least one day with calls
    check (least(d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31) > 0),
    check (num_nonnulls(d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31) > 0)
);
create index exchange_days_provider_idx on exchange_days (provider_org, month);
create index exchange_days_consumer_idx on exchange_days (consumer_org, month);
create index exchange_days_month_idx on exchange_days (month);

create table exchange_days_new (like exchange_days including constraints);
create index exchange_days_new_month_idx on exchange_days_new (month);

-- The calls of a month row between two days (inclusive), for the statistics of an organization's days
-- (StatsRepository). One expression, so PostgreSQL inlines it into the query.
create function exchange_days_between(first_day date, last_day date, month date,
    d01 bigint, d02 bigint, d03 bigint, d04 bigint, d05 bigint, d06 bigint, d07 bigint, d08 bigint, d09 bigint, d10 bigint,
    d11 bigint, d12 bigint, d13 bigint, d14 bigint, d15 bigint, d16 bigint, d17 bigint, d18 bigint, d19 bigint, d20 bigint,
    d21 bigint, d22 bigint, d23 bigint, d24 bigint, d25 bigint, d26 bigint, d27 bigint, d28 bigint, d29 bigint, d30 bigint, d31 bigint)
    returns bigint language sql immutable parallel safe as $$
    select coalesce(case when first_day - month <= 0 and last_day - month >= 0 then d01 end, 0) +
           coalesce(case when first_day - month <= 1 and last_day - month >= 1 then d02 end, 0) +
           coalesce(case when first_day - month <= 2 and last_day - month >= 2 then d03 end, 0) +
           coalesce(case when first_day - month <= 3 and last_day - month >= 3 then d04 end, 0) +
           coalesce(case when first_day - month <= 4 and last_day - month >= 4 then d05 end, 0) +
           coalesce(case when first_day - month <= 5 and last_day - month >= 5 then d06 end, 0) +
           coalesce(case when first_day - month <= 6 and last_day - month >= 6 then d07 end, 0) +
           coalesce(case when first_day - month <= 7 and last_day - month >= 7 then d08 end, 0) +
           coalesce(case when first_day - month <= 8 and last_day - month >= 8 then d09 end, 0) +
           coalesce(case when first_day - month <= 9 and last_day - month >= 9 then d10 end, 0) +
           coalesce(case when first_day - month <= 10 and last_day - month >= 10 then d11 end, 0) +
           coalesce(case when first_day - month <= 11 and last_day - month >= 11 then d12 end, 0) +
           coalesce(case when first_day - month <= 12 and last_day - month >= 12 then d13 end, 0) +
           coalesce(case when first_day - month <= 13 and last_day - month >= 13 then d14 end, 0) +
           coalesce(case when first_day - month <= 14 and last_day - month >= 14 then d15 end, 0) +
           coalesce(case when first_day - month <= 15 and last_day - month >= 15 then d16 end, 0) +
           coalesce(case when first_day - month <= 16 and last_day - month >= 16 then d17 end, 0) +
           coalesce(case when first_day - month <= 17 and last_day - month >= 17 then d18 end, 0) +
           coalesce(case when first_day - month <= 18 and last_day - month >= 18 then d19 end, 0) +
           coalesce(case when first_day - month <= 19 and last_day - month >= 19 then d20 end, 0) +
           coalesce(case when first_day - month <= 20 and last_day - month >= 20 then d21 end, 0) +
           coalesce(case when first_day - month <= 21 and last_day - month >= 21 then d22 end, 0) +
           coalesce(case when first_day - month <= 22 and last_day - month >= 22 then d23 end, 0) +
           coalesce(case when first_day - month <= 23 and last_day - month >= 23 then d24 end, 0) +
           coalesce(case when first_day - month <= 24 and last_day - month >= 24 then d25 end, 0) +
           coalesce(case when first_day - month <= 25 and last_day - month >= 25 then d26 end, 0) +
           coalesce(case when first_day - month <= 26 and last_day - month >= 26 then d27 end, 0) +
           coalesce(case when first_day - month <= 27 and last_day - month >= 27 then d28 end, 0) +
           coalesce(case when first_day - month <= 28 and last_day - month >= 28 then d29 end, 0) +
           coalesce(case when first_day - month <= 29 and last_day - month >= 29 then d30 end, 0) +
           coalesce(case when first_day - month <= 30 and last_day - month >= 30 then d31 end, 0)
$$;

-- every daily row kept so far, merged or not, becomes part of its month's row
insert into exchange_days
select month, provider_org, consumer_org, resource_code,
       sum(calls) filter (where day - month = 0),
       sum(calls) filter (where day - month = 1),
       sum(calls) filter (where day - month = 2),
       sum(calls) filter (where day - month = 3),
       sum(calls) filter (where day - month = 4),
       sum(calls) filter (where day - month = 5),
       sum(calls) filter (where day - month = 6),
       sum(calls) filter (where day - month = 7),
       sum(calls) filter (where day - month = 8),
       sum(calls) filter (where day - month = 9),
       sum(calls) filter (where day - month = 10),
       sum(calls) filter (where day - month = 11),
       sum(calls) filter (where day - month = 12),
       sum(calls) filter (where day - month = 13),
       sum(calls) filter (where day - month = 14),
       sum(calls) filter (where day - month = 15),
       sum(calls) filter (where day - month = 16),
       sum(calls) filter (where day - month = 17),
       sum(calls) filter (where day - month = 18),
       sum(calls) filter (where day - month = 19),
       sum(calls) filter (where day - month = 20),
       sum(calls) filter (where day - month = 21),
       sum(calls) filter (where day - month = 22),
       sum(calls) filter (where day - month = 23),
       sum(calls) filter (where day - month = 24),
       sum(calls) filter (where day - month = 25),
       sum(calls) filter (where day - month = 26),
       sum(calls) filter (where day - month = 27),
       sum(calls) filter (where day - month = 28),
       sum(calls) filter (where day - month = 29),
       sum(calls) filter (where day - month = 30)
from (select date_trunc('month', day)::date as month, day, provider_org, consumer_org, resource_code, calls
      from exchange_daily) daily
group by month, provider_org, consumer_org, resource_code;

drop view exchange_daily;
drop table exchange_daily_merged;
drop table exchange_daily_new;
drop table org_daily;

create view exchange_daily as
select (p.month + (d.n - 1)) as day, p.provider_org, p.consumer_org, p.resource_code, d.calls
from (select * from exchange_days union all select * from exchange_days_new) p
cross join lateral (values
        (1, d01),
        (2, d02),
        (3, d03),
        (4, d04),
        (5, d05),
        (6, d06),
        (7, d07),
        (8, d08),
        (9, d09),
        (10, d10),
        (11, d11),
        (12, d12),
        (13, d13),
        (14, d14),
        (15, d15),
        (16, d16),
        (17, d17),
        (18, d18),
        (19, d19),
        (20, d20),
        (21, d21),
        (22, d22),
        (23, d23),
        (24, d24),
        (25, d25),
        (26, d26),
        (27, d27),
        (28, d28),
        (29, d29),
        (30, d30),
        (31, d31)) d(n, calls)
where d.calls is not null;

create view org_daily as
select provider_org as org_code, 'PROVIDER'::varchar(8) as side, day, sum(calls)::bigint as calls
from exchange_daily group by 1, 2, 3
union all
select consumer_org, 'CONSUMER'::varchar(8), day, sum(calls)::bigint
from exchange_daily group by 1, 2, 3;

-- Marks are per month now. The marks of days go: this migration merged every row they marked, and each batch also
-- marked its months. The column monthly stays, true in every mark.
delete from aggregate_dirty where not monthly;
