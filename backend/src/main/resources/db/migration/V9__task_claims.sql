-- Claim, give back and delegate inbox tasks. taken_from_group tells a task a person took from
-- its candidate groups (it may go back to them) from one the process assigned (it may not).
alter table human_task
    add column delegated_by     varchar(100),
    add column taken_from_group boolean not null default false;
