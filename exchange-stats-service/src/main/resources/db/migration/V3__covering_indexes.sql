-- Covering indexes for the statistics queries (README "Tables", docs/performance.md "Measured"). Each index keeps
-- the key of the one it replaces and carries the other columns its query reads, so that PostgreSQL answers from the
-- index alone (an index-only scan, for the pages autovacuum has marked all-visible) instead of fetching every row
-- from the table: an organization's month of exchange_daily is up to ~25,000 rows on ~1,000 pages of the table at the
-- national volume of the benchmark, and summary, rankings and regions read a month of org_monthly in (side, code)
-- order. The old indexes go: every query that used them uses the new ones, so ingestion still maintains three
-- indexes of exchange_daily (the compactor's (day) index is the third), if wider ones: their entries cost the
-- benchmark's ingestion some of its rate and its compaction ~1-2 s more per 1,000,000 records (README "Queries
-- measured"); without the two covering indexes of exchange_daily an organization's p95 stayed above 10 ms.
--
-- On a database that already holds months of aggregates, create index takes a lock that blocks writes while it
-- builds (its time grows with the daily rows): run the migration when no batch is posted.

create index exchange_daily_provider_cover_idx on exchange_daily (provider_org, day)
    include (consumer_org, resource_code, calls);
create index exchange_daily_consumer_cover_idx on exchange_daily (consumer_org, day)
    include (provider_org, resource_code, calls);
drop index exchange_daily_provider_idx;
drop index exchange_daily_consumer_idx;

create index org_daily_org_cover_idx on org_daily (org_code, day) include (side, calls);
drop index org_daily_org_idx;

create index org_monthly_month_cover_idx on org_monthly (month, side, org_code) include (calls);
drop index org_monthly_month_idx;
