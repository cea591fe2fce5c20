#!/usr/bin/env bash
# Smoke test of the README's run command, as a new user runs it: start on an empty data directory,
# wait for "ready", check health, stop with Ctrl-C (SIGINT), start again and check that nothing was
# seeded twice and nothing is left running. Prints the start-up times. Used by .ci/run.
set -euo pipefail
# Job control on: background jobs of a script otherwise ignore SIGINT, and Ctrl-C is what we test.
set -m
cd "$(dirname "$0")/.."

data_dir=$(mktemp -d /tmp/changeflow-smoke-XXXXXX)
port=18080
log=$(mktemp /tmp/changeflow-smoke-log-XXXXXX)
export CHANGEFLOW_DATA_DIR="$data_dir" SERVER_PORT=$port CHANGEFLOW_ENGINE_PORT=26599 CHANGEFLOW_DB_PORT=15499

start_and_wait() {
  : > "$log"
  local started=$(date +%s%N)
  ./changeflow run > "$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 180); do
    if grep -q "Changeflow ready at" "$log"; then
      echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms (wall clock, JVM start to ready line)"
      return 0
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then cat "$log"; echo "app exited before ready" >&2; exit 1; fi
    sleep 0.5
  done
  cat "$log"; echo "not ready after 90 s" >&2; exit 1
}

stop_with_ctrl_c() {
  kill -INT "$app_pid"
  for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$app_pid" 2>/dev/null; then echo "app did not stop within 30 s of SIGINT" >&2; exit 1; fi
  if pgrep -f "$data_dir/postgres" >/dev/null; then echo "PostgreSQL still running after stop" >&2; exit 1; fi
  if [ -e "$data_dir/postgres/postmaster.pid" ]; then echo "postmaster.pid left behind" >&2; exit 1; fi
}

start_and_wait
grep -q "Demo users created" "$log" || { echo "first start did not seed demo users" >&2; exit 1; }
health=$(curl -fsS "http://127.0.0.1:$port/actuator/health")
echo "health: $health"
[[ "$health" == *'"status":"UP"'* ]] || { echo "health is not UP" >&2; exit 1; }
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "UI not served" >&2; exit 1; }
stop_with_ctrl_c

start_and_wait
if grep -q "Demo users created" "$log"; then echo "second start seeded again" >&2; exit 1; fi
curl -fsS "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'
stop_with_ctrl_c
rm -rf "$data_dir" "$log"
echo "smoke run: OK"
