-- Discovery tools report what they saw in batches. A batch is received once per source and
-- batch id: a tool that sends it again (a retry after a timeout) gets the stored answer, and two
-- copies arriving at once meet at the unique key, so exactly one of them is processed.
create table observation_batch (
    id           uuid primary key,
    source       varchar(100) not null,
    batch_id     varchar(100) not null,
    -- SHA-256 of the observations: the same batch id with other observations is refused.
    payload_hash varchar(64)  not null,
    received_at  timestamptz  not null,
    observations integer      not null,
    -- The answer given, returned again to a repeated batch.
    result       jsonb        not null,
    unique (source, batch_id)
);

-- An observed change no approved change or release covered. Change managers resolve it: link it
-- to a retrospective emergency change, accept it, or record that it was rolled back.
create table unauthorized_change (
    id           bigint generated always as identity primary key,
    ci_key       varchar(20)  not null,
    attribute    varchar(60)  not null,
    old_value    text,
    new_value    text         not null,
    observed_at  timestamptz  not null,
    source       varchar(100) not null,
    batch_id     varchar(100) not null,
    detected_at  timestamptz  not null,
    status       varchar(20)  not null check (status in ('OPEN', 'LINKED', 'ACCEPTED', 'ROLLED_BACK')),
    change_key   varchar(20),
    reason       text,
    resolved_by  varchar(100),
    resolved_at  timestamptz,
    check ((status = 'OPEN') = (resolved_at is null)),
    check (status <> 'LINKED' or change_key is not null),
    check (status not in ('ACCEPTED', 'ROLLED_BACK') or reason is not null)
);

create index unauthorized_change_by_status on unauthorized_change (status, id desc);
create index unauthorized_change_by_ci on unauthorized_change (ci_key, id desc);
