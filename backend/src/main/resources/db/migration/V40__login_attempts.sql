-- Failed sign-ins per user and per client address, for login throttling. In the database,
-- not in memory, so every replica counts the same failures and honours the same lockout.
create table login_attempt (
    subject      varchar(200) primary key, -- 'user:<username>' or 'address:<client address>'
    failures     integer      not null,
    window_start timestamptz  not null,
    locked_until timestamptz,
    lockouts     integer      not null
);
