#!/bin/sh
# Runs once, when the postgres volume is first initialised: the role the app connects as.
# The app's migrations (run as POSTGRES_USER, the schema owner) grant it what it may do:
# everything on the business tables, only INSERT and SELECT on the audit log.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$CHANGEFLOW_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE changeflow_app LOGIN PASSWORD :'app_password';
SQL
