-- The event publication registry (Spring Modulith): what a transaction decided that another
-- system must still hear of (engine commands, notifications). A row is written in the deciding
-- transaction and deleted once its listener has done the work; rows left behind are retried.
create table event_publication (
    id               uuid primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event text        not null,
    publication_date timestamptz not null,
    completion_date  timestamptz
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;

-- A task's engine job key is a handle within one engine's lifetime (the embedded in-memory engine
-- hands out the same keys again after a restart): a job is identified by (engine epoch, job key).
alter table human_task drop constraint human_task_element_instance_key_job_key_key;
alter table human_task add column engine_epoch varchar(60) not null default 'legacy';
alter table human_task add constraint human_task_job unique (engine_epoch, job_key);

-- What became of a person's decision in the process: PENDING until the engine took it, APPLIED,
-- or NOT_NEEDED when the process had already moved on (e.g. the CAB quorum was reached).
alter table human_task
    add column delivery      varchar(20),
    add column delivery_note varchar(300);
