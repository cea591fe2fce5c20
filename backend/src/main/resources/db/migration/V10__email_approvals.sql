-- Approve from email: one row per link sent to an approver. The link's token is signed and
-- names this row; the row makes the link single-use and records where it was used from.
create table email_approval_link (
    id            uuid primary key,
    task_id       uuid         not null,
    approver      varchar(100) not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    used_at       timestamptz,
    used_decision varchar(40),
    used_from_ip  varchar(64),
    user_agent    varchar(500)
);

create index email_approval_link_task_approver on email_approval_link (task_id, approver);

-- The signing key when CHANGEFLOW_EMAIL_APPROVAL_SECRET is not set: generated once by the first
-- replica that needs it, so links keep working across restarts and replicas.
create table email_approval_secret (
    id         smallint primary key check (id = 1),
    secret     varchar(100) not null,
    created_at timestamptz  not null
);
