-- Periods when no change may be implemented (change freezes), maintained by admins.
create table blackout_window (
    id         uuid primary key,
    name       varchar(200) not null,
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null,
    check (ends_at > starts_at)
);
