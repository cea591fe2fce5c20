-- The audit log: one row per domain event, never updated or deleted. Each row's hash covers the
-- previous row's hash and the row's canonical JSON, so changing or removing a row breaks every
-- later link. seq is assigned by the single appender (under a transaction-level advisory lock)
-- as head + 1: no gaps, so a deleted row shows as a missing number too.
create table audit_event (
    seq          bigint       primary key,
    at           timestamptz  not null,
    actor        varchar(200) not null,
    actor_kind   varchar(10)  not null check (actor_kind in ('PERSON', 'SYSTEM')),
    action       varchar(80)  not null,
    subject_type varchar(30)  not null,
    subject_key  varchar(200) not null,
    cis          text[]       not null default '{}',
    before       jsonb,
    after        jsonb,
    correlation  jsonb,
    prev_hash    char(64)     not null,
    hash         char(64)     not null unique
);
create index audit_event_subject on audit_event (subject_key, seq);
create index audit_event_actor on audit_event (actor, seq);
create index audit_event_action on audit_event (action, seq);
create index audit_event_at on audit_event (at);
create index audit_event_cis on audit_event using gin (cis);

-- Head-hash checkpoints: verification starts from the newest one instead of the first row, so it
-- stays fast at millions of rows. A checkpoint is written only after the chain up to it verified.
create table audit_checkpoint (
    seq        bigint       primary key,
    hash       char(64)     not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    kind       varchar(10)  not null check (kind in ('DAILY', 'ON_DEMAND'))
);

-- The app connects as ${appRole}: it may read and write the business tables but only INSERT
-- and SELECT the audit tables. Migrations run as the owner of the schema (Flyway's user), which
-- the app never uses at run time. In production the role is created beforehand with a password
-- (see README); the embedded database creates it here (it trusts loopback connections).
do $$
begin
    if not exists (select from pg_roles where rolname = '${appRole}') then
        create role ${appRole} login;
    end if;
end
$$;
grant usage on schema public to ${appRole};
grant select, insert, update, delete, truncate on all tables in schema public to ${appRole};
grant usage, select, update on all sequences in schema public to ${appRole};
alter default privileges in schema public grant select, insert, update, delete, truncate on tables to ${appRole};
alter default privileges in schema public grant usage, select, update on sequences to ${appRole};
revoke update, delete, truncate on audit_event, audit_checkpoint from ${appRole};
-- Flyway's own bookkeeping is the owner's business.
revoke insert, update, delete, truncate on flyway_schema_history from ${appRole};
