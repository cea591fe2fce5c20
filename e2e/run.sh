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
stop() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ "${E2E_KEEP_LOG:-0}" = "1" ]; then echo "e2e: app log kept at $log"; else rm -rf "$data_dir"; fi
}
trap stop EXIT

for _ in $(seq 1 600); do
  grep -q "Changeflow ready at" "$log" && break
  if ! kill -0 "$app" 2>/dev/null; then cat "$log"; echo "e2e: app exited before ready" >&2; exit 1; fi
  sleep 0.5
done
grep -q "Changeflow ready at" "$log" || { tail -50 "$log"; echo "e2e: app not ready after 300 s" >&2; exit 1; }

mkdir -p artifacts
E2E_BASE_URL="http://127.0.0.1:$port" E2E_PASSWORD="$password" E2E_DISCOVERY_TOKEN="$discovery_token" \
  npx playwright test "$@" || {
  status=$?
  echo "e2e: failed; last app log lines:"; tail -80 "$log"
  echo "e2e: what failed:"; cat artifacts/failures.txt 2>/dev/null || true
  exit $status
}
