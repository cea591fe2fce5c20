-- Releases bundle changes that are ready for release; their artifacts form the definitive software
-- library (DSL), hardware items the definitive hardware store (DHS). The CMDB learns versions and keeps
-- their history.

-- Items seeded before versions were tracked for every item get one, so the history starts somewhere.
update configuration_item set version = '1.0.0' where version is null;

create table ci_history (
    id           bigint generated always as identity primary key,
    ci_id        uuid         not null references configuration_item (id) on delete cascade,
    at           timestamptz  not null,
    old_version  varchar(100),
    new_version  varchar(100) not null,
    release_key  varchar(40),
    change_keys  text[]       not null,
    actor        varchar(100) not null
);

create index ci_history_ci on ci_history (ci_id, at, id);
-- One version per item and release: the CMDB worker may run twice.
create unique index ci_history_release on ci_history (ci_id, release_key) where release_key is not null;

-- Release keys count per period of the key pattern (per month for REL-{yyyy}.{MM}-{n}).
create table release_key_counter (
    period     varchar(40) primary key,
    last_value integer     not null
);

create table software_release (
    id                   uuid primary key,
    release_key          varchar(40)  not null unique,
    name                 varchar(200) not null,
    type                 varchar(20)  not null,
    release_unit         text[]       not null,
    environments         text[]       not null,
    waves                jsonb        not null,
    planned_start        timestamptz  not null,
    planned_end          timestamptz  not null,
    release_notes        text         not null,
    backout_plan         text         not null,
    state                varchar(40)  not null,
    builder              varchar(100),
    created_by           varchar(100) not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    built_at             timestamptz,
    accepted_at          timestamptz,
    -- The engine's current handle: the embedded engine forgets, so never an identity.
    process_instance_key bigint,
    current_step         varchar(100),
    current_step_name    varchar(200),
    version              bigint       not null,
    check (planned_end > planned_start)
);

create index software_release_state on software_release (state);

-- The changes a release bundles. A change belongs to at most one open release.
create table release_change (
    id           bigint generated always as identity primary key,
    release_id   uuid        not null references software_release (id) on delete cascade,
    change_key   varchar(20) not null,
    release_open boolean     not null,
    added_at     timestamptz not null,
    unique (release_id, change_key)
);

create unique index release_change_one_open_release on release_change (change_key) where release_open;

-- Append-only: what happened to a release, oldest first.
create table release_step (
    id         bigint generated always as identity primary key,
    release_id uuid         not null references software_release (id) on delete cascade,
    at         timestamptz  not null,
    element_id varchar(100) not null,
    step_name  varchar(200) not null,
    state      varchar(40),
    actor      varchar(100),
    outcome    varchar(100),
    detail     text,
    wave       varchar(100),
    -- Engine element instance of the step: a redelivered listener job is recorded once.
    event_key  varchar(60),
    unique (release_id, event_key)
);

create index release_step_release on release_step (release_id, at, id);

-- Definitive software library: the artifacts of a release, frozen once the release is accepted.
create table release_artifact (
    id            uuid primary key,
    release_id    uuid          not null references software_release (id) on delete cascade,
    name          varchar(200)  not null,
    version       varchar(100)  not null,
    uri           varchar(2000) not null,
    size_bytes    bigint        not null check (size_bytes >= 0),
    sha256        varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    registered_by varchar(100)  not null,
    registered_at timestamptz   not null,
    unique (release_id, name)
);

-- Definitive hardware store: spare and deployed hardware, linked to the CMDB by CI name.
create table hardware_item (
    id            uuid primary key,
    name          varchar(200) not null,
    model         varchar(200) not null,
    serial_number varchar(100) not null unique,
    location      varchar(200) not null,
    status        varchar(20)  not null,
    ci_name       varchar(200),
    notes         text         not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);
