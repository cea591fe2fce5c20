-- The CMDB grows from a list of items into a graph: where an item sits, its lifecycle, free-form
-- attributes, typed relations between items, and a history of every attribute (not only versions).

alter table configuration_item
    add column location         varchar(100),
    add column lifecycle_status varchar(20) not null default 'IN_SERVICE',
    add column attributes       jsonb       not null default '{}'::jsonb,
    add column updated_at       timestamptz;

create index configuration_item_name on configuration_item (lower(name));

-- "source <type> target": checkout-api RUNS_ON app-server-01. A change to the target impacts
-- the source (index on target), except PART_OF: a change to the part impacts the whole (the
-- unique constraint's index starts with source).
create table ci_relation (
    id         uuid primary key,
    source_id  uuid         not null references configuration_item (id) on delete cascade,
    target_id  uuid         not null references configuration_item (id) on delete cascade,
    type       varchar(20)  not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null,
    constraint ci_relation_no_self_loop check (source_id <> target_id),
    constraint ci_relation_once unique (source_id, target_id, type)
);

create index ci_relation_target on ci_relation (target_id, source_id);

-- One row per changed field. The version columns stay for the rows written before (and are
-- still filled for version changes); field/old_value/new_value describe every row.
alter table ci_history
    alter column new_version drop not null,
    add column field      varchar(60),
    add column old_value  text,
    add column new_value  text,
    add column change_key varchar(20),
    add column cause      varchar(20);

update ci_history
set field = 'version', old_value = old_version, new_value = new_version,
    cause = case when release_key is null then 'ADMIN' else 'RELEASE' end;

alter table ci_history
    alter column field set not null,
    alter column cause set not null;

drop index ci_history_release;
-- A release sets a field of an item once: the CMDB worker may run twice.
create unique index ci_history_release on ci_history (ci_id, release_key, field) where release_key is not null;
