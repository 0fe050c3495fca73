-- The inbox of docs/api.md (GET /share-requests?actionable=true, dueWithinDays=N, sort=deadline): a provider's
-- requests in the statuses where its reviewers or signers act, by deadline; and the platform admin's, every open
-- request by deadline. Both filters are on the provider and the status, so one index range serves a page.
create index share_request_inbox_idx on share_request (provider_org, status, deadline);
create index share_request_open_idx on share_request (status, deadline)
    where status in ('SUBMITTED', 'ACCEPTED', 'REVIEWED');
