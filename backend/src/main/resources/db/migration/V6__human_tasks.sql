-- Inbox rows for the job-worker user tasks of the processes. The engine's job key is only the
-- current handle to complete the task with; the row's id is the task's identity.
create table human_task (
    id                   uuid primary key,
    job_key              bigint       not null,
    process_instance_key bigint       not null,
    element_id           varchar(100) not null,
    element_instance_key bigint       not null,
    business_key         varchar(40)  not null,
    business_title       varchar(200),
    kind                 varchar(40)  not null,
    title                varchar(200) not null,
    form_key             varchar(100),
    assignee             varchar(100),
    candidate_groups     text[]       not null default '{}',
    candidate_users      text[]       not null default '{}',
    requester            varchar(100),
    implementer          varchar(100),
    approver_roles       text[]       not null default '{}',
    due_at               timestamptz,
    priority             varchar(5),
    state                varchar(20)  not null,
    outcome              varchar(200),
    comment              text,
    completed_by         varchar(100),
    completed_at         timestamptz,
    created_at           timestamptz  not null,
    version              bigint       not null default 0,
    unique (element_instance_key, job_key)
);

create index human_task_open on human_task (state, business_key);
create index human_task_assignee on human_task (assignee) where state = 'OPEN';
