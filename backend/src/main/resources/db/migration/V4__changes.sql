-- Changes: standard change models, requests for change (RFCs), their attachments and their timeline.
create table change_model (
    id                  uuid primary key,
    name                varchar(200) not null unique,
    description         text         not null,
    category            varchar(40)  not null,
    implementation_plan text         not null,
    test_plan           text         not null,
    backout_plan        text         not null,
    allowed_ci_types    text[]       not null,
    active              boolean      not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);

create sequence change_request_number;

create table change_request (
    id                   uuid primary key,
    change_key           varchar(20)  not null unique,
    title                varchar(200) not null,
    description          text         not null,
    justification        text         not null,
    category             varchar(40)  not null,
    requester            varchar(100) not null,
    implementer          varchar(100),
    affected_cis         text[]       not null,
    impact               integer      not null check (impact between 1 and 3),
    urgency              integer      not null check (urgency between 1 and 3),
    implementation_plan  text         not null,
    test_plan            text         not null,
    backout_plan         text         not null,
    planned_start        timestamptz  not null,
    planned_end          timestamptz  not null,
    time_zone            varchar(60)  not null,
    incident_refs        text[]       not null,
    emergency            boolean      not null,
    change_model_id      uuid references change_model (id),
    state                varchar(40)  not null,
    change_class         varchar(20),
    risk                 varchar(20),
    priority             varchar(2),
    revision             integer      not null,
    -- The engine's current handle: the embedded engine forgets, so never an identity.
    process_instance_key bigint,
    current_step         varchar(100),
    current_step_name    varchar(200),
    close_reason         text,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    submitted_at         timestamptz,
    version              bigint       not null,
    check (planned_end > planned_start)
);

-- The list filters by state and requester, the calendar by window; the key index serves the keyset order.
create index change_request_state on change_request (state);
create index change_request_requester on change_request (requester, state);
create index change_request_window on change_request (planned_start, planned_end);

create table change_attachment (
    id         bigint generated always as identity primary key,
    change_id  uuid         not null references change_request (id) on delete cascade,
    name       varchar(255) not null,
    size_bytes bigint       not null check (size_bytes >= 0),
    sha256     varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    added_by   varchar(100) not null,
    added_at   timestamptz  not null
);

create index change_attachment_change on change_attachment (change_id);

-- Append-only: what happened to a change, oldest first. The identity orders rows of the same instant.
create table change_step (
    id         bigint generated always as identity primary key,
    change_id  uuid         not null references change_request (id) on delete cascade,
    at         timestamptz  not null,
    element_id varchar(100) not null,
    step_name  varchar(200) not null,
    state      varchar(40),
    actor      varchar(100),
    outcome    varchar(100),
    detail     text
);

create index change_step_change on change_step (change_id, at, id);
