-- Versioned models (issue 14): every BPMN and DMN model the app deployed, by content, so the app
-- reads the model an instance runs, not only the one in its jar. Expand only: new tables and
-- nullable columns, which the previous release neither reads nor minds.

-- One row per distinct content of a model. The version is ours (1, 2, ... per model id, in the
-- order they were first deployed), the same on every engine; the checksum makes recording
-- idempotent, so every replica may record at every start.
create table process_model (
    model_id          varchar(200) not null,
    version           int          not null,
    kind              varchar(4)   not null check (kind in ('BPMN', 'DMN')),
    checksum          char(64)     not null,
    resource_name     varchar(300) not null,
    xml               text         not null,
    first_deployed_at timestamptz  not null default now(),
    constraint process_model_pk primary key (model_id, version),
    constraint process_model_checksum_uk unique (model_id, checksum)
);

-- The engine's version number of each model, per engine epoch: engine versions are handles like
-- keys (the in-memory engine counts from 1 again after a restart), so they only lead to our
-- version within the epoch that gave them.
create table process_model_engine_version (
    engine_epoch   varchar(200) not null,
    model_id       varchar(200) not null,
    engine_version int          not null,
    model_version  int          not null,
    constraint process_model_engine_version_pk primary key (engine_epoch, model_id, engine_version),
    constraint process_model_engine_version_model_fk foreign key (model_id, model_version)
        references process_model (model_id, version)
);

-- The model version each change's current run and each release started on; null for those
-- started before models were recorded (they read the model in the jar).
alter table change_request add column model_version int;
alter table software_release add column model_version int;
