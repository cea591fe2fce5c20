-- Blackout windows may be scoped to a configuration item (usually a business service) and
-- say why; a null scope freezes everything. The scope is inherited along relations: a
-- blackout on a service catches a change to anything the service depends on.
alter table blackout_window
    add column scope_ci varchar(20),
    add column reason   varchar(2000);

-- When changes to an item (and to what it depends on) may happen: once, or every week at the
-- same local time in a time zone. An item with maintenance windows takes changes only inside
-- one of them.
create table maintenance_window (
    id               uuid primary key,
    name             varchar(200) not null,
    scope_ci         varchar(20),
    recurrence       varchar(10)  not null,
    starts_at        timestamptz,
    ends_at          timestamptz,
    day_of_week      varchar(10),
    start_time       time,
    duration_minutes integer,
    time_zone        varchar(64),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    check ((recurrence = 'ONCE' and starts_at is not null and ends_at > starts_at)
        or (recurrence = 'WEEKLY' and day_of_week is not null and start_time is not null
            and duration_minutes between 1 and 10080 and time_zone is not null))
);

-- One personal calendar feed token per person: only its SHA-256 is kept, so a leaked
-- database does not hand out feeds; rotating it replaces the row.
create table calendar_feed_token (
    username   varchar(100) primary key,
    token_hash varchar(64)  not null unique,
    created_at timestamptz  not null
);
