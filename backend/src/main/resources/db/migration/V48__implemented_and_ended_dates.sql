-- Auditors ask "what changed in this period?": a change's implementation ends when its release
-- implemented or backed it out (or it was marked implemented), moving it to review or closing it;
-- a release ends when it closes, is backed out, fails or is rejected. The lists filter and sort by
-- these dates and the "what changed?" report selects by them, so they are columns, filled once.
alter table change_request add column implemented_at timestamptz;
update change_request c
   set implemented_at = (select min(s.at) from change_step s
                          where s.change_id = c.id and s.state in ('IN_PIR', 'CLOSED'));

alter table software_release add column ended_at timestamptz;
update software_release r
   set ended_at = (select min(s.at) from release_step s
                    where s.release_id = r.id and s.state in ('CLOSED', 'BACKED_OUT', 'FAILED', 'REJECTED'))
 where r.state in ('CLOSED', 'BACKED_OUT', 'FAILED', 'REJECTED');

-- The keyset orders of the lists (value, then the key breaking ties) and the report's periods.
create index change_request_by_submitted on change_request ((coalesce(submitted_at, created_at)), change_key);
create index change_request_by_implemented on change_request (implemented_at, change_key)
    where implemented_at is not null;
create index software_release_by_end on software_release (ended_at, release_key) where ended_at is not null;
