-- Append-only aggregates (README "Storage"). A batch no longer updates aggregate rows in place: it appends its
-- summed rows with COPY, in the transaction that stores its ids, and the compactor (AggregateCompactor) later
-- merges the rows of a day or a month that share a key into one, in a transaction of its own. A key may therefore
-- have several rows until the next compaction; every query sums them. Appending takes no row locks, so concurrent
-- batches never wait for each other, and a row is written once instead of being looked up and updated per batch.
--
-- exchange_monthly goes: an organization's month is summed from exchange_daily through its (provider_org, day) and
-- (consumer_org, day) indexes. Kept, it cost as many appended rows per batch as the daily table and a rewrite of
-- the month's pairs at every compaction, for queries that the daily table answers in a few milliseconds.

alter table exchange_daily drop constraint exchange_daily_pkey;
create index exchange_daily_provider_idx on exchange_daily (provider_org, day);
create index exchange_daily_day_idx on exchange_daily (day);

drop table exchange_monthly;

alter table org_daily drop constraint org_daily_pkey;
create index org_daily_org_idx on org_daily (org_code, day);
create index org_daily_day_idx on org_daily (day);

alter table org_monthly drop constraint org_monthly_pkey;
create index org_monthly_month_idx on org_monthly (month);

-- The days and months that received rows since their last merge: a batch appends one row per day (monthly = false)
-- and one per month (monthly = true) it added rows to. The compactor merges a period when enough batches have marked
-- it or its oldest mark is old enough, and deletes the period's marks in the same transaction.
create table aggregate_dirty (
    period    date        not null,
    monthly   boolean     not null,
    marked_at timestamptz not null default now()
);

alter table exchange_daily set (fillfactor = 100);
alter table org_daily set (fillfactor = 100);
alter table org_monthly set (fillfactor = 100);
