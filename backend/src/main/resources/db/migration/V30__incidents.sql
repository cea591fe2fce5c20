-- Jobs that ran out of retries, as people see them: which change or release stopped where and why,
-- and who retried or canceled it. Engine keys are a handle within their engine epoch only (the
-- embedded engine counts again after a restart), so a job is identified by (epoch, job key).
create table incident (
    id                   uuid primary key,
    business_key         varchar(40),
    element_id           varchar(100) not null,
    job_type             varchar(100) not null,
    job_key              bigint       not null,
    process_instance_key bigint       not null,
    engine_epoch         varchar(60)  not null,
    error_message        varchar(2000) not null,
    created_at           timestamptz  not null,
    failed_at            timestamptz  not null,
    failures             int          not null default 1,
    state                varchar(20)  not null,
    resolved_by          varchar(100),
    resolved_at          timestamptz,
    resolution           varchar(1000),
    unique (engine_epoch, job_key),
    check (state in ('OPEN', 'RETRIED', 'CANCELED', 'RESOLVED'))
);

create index incident_open on incident (business_key) where state = 'OPEN';
