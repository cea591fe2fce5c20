-- The latest CAB vote of each change: who votes, the quorum per role and the deadline, so
-- the CAB agenda can show quorum status without asking the engine (it has no query API).
create table cab_round (
    change_key     varchar(20)  primary key,
    started_at     timestamptz  not null,
    required_roles jsonb        not null,
    approvers      jsonb        not null,
    reminder_at    timestamptz  not null,
    deadline       timestamptz  not null
);
