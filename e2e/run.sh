#!/usr/bin/env bash
# Browser end-to-end tests: starts the built jar on a fresh data directory (embedded engine and
# PostgreSQL on free loopback ports, a known demo password), runs the Playwright tests in
# headless Chromium against it, stops the app. Screenshots land in e2e/artifacts/.
# Called by ./changeflow test (JAVA_HOME already points at a JDK 21+) after the Maven build.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
jar="$root/backend/target/changeflow.jar"
[ -f "$jar" ] || { echo "e2e: $jar is missing; build first (./changeflow build)" >&2; exit 1; }

chromium=${E2E_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  if [ "${E2E_REQUIRED:-0}" = "1" ]; then echo "e2e: no Chromium found (apt-get install chromium)" >&2; exit 1; fi
  echo "e2e: SKIPPED - no Chromium on this machine (apt-get install chromium, or set E2E_CHROMIUM)"
  exit 0
fi
export E2E_CHROMIUM="$chromium"

# The Node that the Maven build installed for the frontend, so e2e needs no system Node.
if [ -x "$root/frontend/target/node/node" ]; then export PATH="$root/frontend/target/node:$PATH"; fi
if [ ! -d node_modules/@playwright/test ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
data_dir=$(mktemp -d /tmp/changeflow-e2e-XXXXXX)
# PostgreSQL runs as nobody when started as root: it must be able to enter the data directory.
chmod 755 "$data_dir"
log="$data_dir/app.log"
port=$(free_port)
password="e2e-$(date +%s%N | sha256sum | cut -c1-16)"
# The seed reports an observation as a discovery tool does, with this bearer token.
discovery_token="e2e-discovery-$(date +%s%N | sha256sum | cut -c1-16)"
export SERVER_PORT=$port CHANGEFLOW_DATA_DIR="$data_dir/data" CHANGEFLOW_ENGINE_PORT=$(free_port) \
  CHANGEFLOW_DB_PORT=$(free_port) CHANGEFLOW_DEMO_PASSWORD=$password CHANGEFLOW_DISCOVERY_TOKEN=$discovery_token
# The simulated release executor: short steps so a rollout takes seconds.
export CHANGEFLOW_EXECUTOR_SIMULATED_DURATION=${CHANGEFLOW_EXECUTOR_SIMULATED_DURATION:-PT1.5S}

"$JAVA_HOME/bin/java" -jar "$jar" > "$log" 2>&1 &
app=$!
replica=""
replica_log="$data_dir/replica.log"
stop() {
  # The replica first: it uses the app's PostgreSQL until it has stopped.
  if [ -n "$replica" ]; then kill "$replica" 2>/dev/null || true; wait "$replica" 2>/dev/null || true; fi
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ "${E2E_KEEP_LOG:-0}" = "1" ]; then echo "e2e: app logs kept at $log and $replica_log"; else rm -rf "$data_dir"; fi
}
trap stop EXIT

await_ready() { # pid log name
  for _ in $(seq 1 600); do
    grep -q "Changeflow ready at" "$2" && return 0
    if ! kill -0 "$1" 2>/dev/null; then cat "$2"; echo "e2e: $3 exited before ready" >&2; exit 1; fi
    sleep 0.5
  done
  tail -50 "$2"; echo "e2e: $3 not ready after 300 s" >&2; exit 1
}
await_ready "$app" "$log" app

# A second instance in replica mode (README, "Several replicas"): the first one's engine and
# PostgreSQL, a port of its own. tests/replicas.spec.ts uses both.
replica_port=$(free_port)
"$JAVA_HOME/bin/java" -jar "$jar" --server.port="$replica_port" --changeflow.data-dir="$data_dir/replica" \
  --changeflow.engine.embedded=false --camunda.client.grpc-address="http://127.0.0.1:$CHANGEFLOW_ENGINE_PORT" \
  --changeflow.engine.epoch="$(cat "$CHANGEFLOW_DATA_DIR/engine/log/epoch")" \
  --changeflow.database.embedded=false \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$CHANGEFLOW_DB_PORT/changeflow" \
  --spring.datasource.username=changeflow_app --spring.flyway.user=postgres --changeflow.demo.seed=false \
  --spring.modulith.events.republish-outstanding-events-on-restart=false > "$replica_log" 2>&1 &
replica=$!
await_ready "$replica" "$replica_log" replica

mkdir -p artifacts
E2E_BASE_URL="http://127.0.0.1:$port" E2E_REPLICA_URL="http://127.0.0.1:$replica_port" E2E_PASSWORD="$password" E2E_DISCOVERY_TOKEN="$discovery_token" \
  npx playwright test "$@" || {
  status=$?
  echo "e2e: failed; last replica log lines:"; tail -30 "$replica_log"
  echo "e2e: failed; last app log lines:"; tail -80 "$log"
  echo "e2e: what failed:"; cat artifacts/failures.txt 2>/dev/null || true
  exit $status
}
