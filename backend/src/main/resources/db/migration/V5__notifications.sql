-- In-app notifications, one row per person and notice; external channels (email) record how
-- they fared in delivery_status / last_error. Usernames, not user ids: people signed in through
-- OIDC may have no app_user row.
create table notification (
    id              bigint generated always as identity primary key,
    username        varchar(100) not null,
    kind            varchar(40)  not null,
    subject         text         not null,
    body            text         not null,
    link            varchar(500),
    change_key      varchar(40),
    dedup_key       varchar(200),
    created_at      timestamptz  not null,
    read_at         timestamptz,
    delivery_status varchar(20)  not null,
    last_error      text
);

-- The engine delivers a job at least once: a notice with the same key reaches a person once.
create unique index notification_dedup on notification (username, dedup_key) where dedup_key is not null;
create index notification_inbox on notification (username, id desc);
create index notification_unread on notification (username) where read_at is null;

-- Where email notifications go. Owned by the notification module, which alone reads and writes it.
alter table app_user add column email varchar(320);
