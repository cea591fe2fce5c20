-- The app's role in the Testcontainer, with a password (the migration would create it without
-- one, which only the embedded database's trust authentication accepts).
create role changeflow_app login password 'test-app-password';
