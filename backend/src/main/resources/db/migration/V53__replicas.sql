-- Several app replicas share this database (issue 14).

-- Sessions of people signed in (Spring Session JDBC, its PostgreSQL schema): a session made on
-- one replica is found by every other, so a load balancer may send each request anywhere.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- When each piece of scheduled work (outbox retry, consistency check, audit checkpoint) last
-- started, on whichever replica: ClusterLock runs it on one replica at a time and not again
-- before its interval has passed, also when the replicas' schedules fire moments apart.
create table cluster_job (
    name            varchar(100) primary key,
    last_started_at timestamptz  not null,
    started_by      varchar(200) not null
);

-- When the outbox last handed each incomplete publication out again, so no replica retries one
-- whose previous attempt (on any replica) may still be running.
create table outbox_retry (
    publication_id uuid        primary key,
    retried_at     timestamptz not null
);
