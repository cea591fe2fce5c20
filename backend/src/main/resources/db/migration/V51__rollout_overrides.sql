-- A change manager's decision that a release may roll out although now is outside the
-- approved windows of its changes or inside a blackout window: who, why, when.
create table rollout_override (
    id          uuid primary key,
    release_id  uuid         not null references software_release (id),
    reason      text         not null,
    -- What the rollout would have been refused for when the override was recorded.
    refusal     text,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);

create index rollout_override_release on rollout_override (release_id, recorded_at);
