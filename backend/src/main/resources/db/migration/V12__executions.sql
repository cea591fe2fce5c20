-- Executions of the release process's build, test, deploy, verify and backout steps. The
-- idempotency key names the step (release, action, wave, process and element instance): a job the
-- engine delivers again finds its row and starts nothing new. Engine keys are only part of that key,
-- never the row's identity (the embedded engine forgets them on restart).
create table execution (
    id                   uuid primary key,
    release_key          varchar(40)  not null,
    action               varchar(20)  not null,
    wave                 varchar(100),
    element_instance_key bigint,
    idempotency_key      varchar(300) not null unique,
    executor             varchar(40)  not null,
    status               varchar(20)  not null,
    started_at           timestamptz  not null,
    -- Set once the executor accepted the request: until then a retried job asks it again.
    dispatched_at        timestamptz,
    finished_at          timestamptz,
    result               jsonb,
    request              jsonb        not null,
    check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    check (action in ('BUILD', 'TEST', 'DEPLOY', 'VERIFY', 'BACKOUT'))
);

create index execution_release on execution (release_key, started_at);
create index execution_running on execution (status) where status = 'RUNNING';
