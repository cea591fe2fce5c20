-- The release list is keyset paged newest first (created_at, then release_key), optionally
-- within some states: read in index order until the page is full instead of sorting every
-- release. The state index leads with state, so it serves the state filter alone too.
create index software_release_by_age on software_release (created_at, release_key);
drop index software_release_state;
create index software_release_state_by_age on software_release (state, created_at, release_key);
