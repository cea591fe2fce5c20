#!/usr/bin/env node
/**
 * Frontend benchmark (issue 15, item 6): how much JavaScript the first visit downloads, and how
 * long until the inbox shows its rows in headless Chromium, on a first visit and on a revisit.
 *
 *   node e2e/bench/inbox-load.mjs --base-url http://127.0.0.1:8080 --user manager \
 *     --password PW [--runs 5] [--path '/inbox?scope=groups'] [--chromium /usr/bin/chromium]
 *
 * The app must be running and the user must have open tasks on the tab the path shows (the inbox
 * opens on "Mine"; tasks offered to a group show under `?scope=groups`). Chromium defaults to
 * $E2E_CHROMIUM, else chromium or chromium-browser on the PATH. Run `npm ci` in e2e/ first.
 *
 * Each run: sign in through the login page in a fresh context, then open the inbox in a second
 * fresh context that has only the session cookies (empty cache: "cold"), then open it again in
 * that context ("warm"). Times are the page's own clock: from navigation start
 * (performance.timeOrigin) until a task row is in the DOM and rendered visible; beside them the
 * Navigation Timing domContentLoadedEventEnd.
 *
 * Prints one JSON object on stdout; progress and errors go to stderr. Exits 1 on bad arguments,
 * 2 if sign-in fails, 3 if no task row shows within 30 s. In initialJs (the scripts the cold load
 * fetched before the rows showed), wireBytes is each body as sent (compressed if the server
 * compresses; headers apart in headerBytes), decodedBytes as the browser used it, gzipBytes what
 * gzip -9 makes of it here. warmFromCache of warmRequests: the warm load's requests that
 * Chromium's cache answered. Sizes and counts come from the first run; they don't vary.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const TIMEOUT_MS = 30_000;

// The same switches as playwright.config.ts, so the benchmark sees the browser the tests see.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A task row: a body row of the table named "Tasks" (task-table.tsx) holding the task's link.
// The in-page watcher needs plain CSS; rowLocator says the same with roles, for the count.
const ROW_CSS = 'table[aria-label="Tasks"] tbody tr:has(a[data-task-link])';
const rowLocator = (page) =>
  page
    .getByRole('table', { name: 'Tasks' })
    .getByRole('row')
    .filter({ has: page.locator('a[data-task-link]') });

class Failure extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

const log = (...parts) => console.error('[inbox-load]', ...parts);

function options() {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      runs: { type: 'string', default: '5' },
      path: { type: 'string', default: '/inbox' },
      chromium: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!values['base-url'] || !values.user || !values.password || !(runs >= 1)) {
    throw new Failure(
      'usage: inbox-load.mjs --base-url URL --user NAME --password PW [--runs N] [--path /inbox]' +
        ' [--chromium PATH]',
      1,
    );
  }
  return { ...values, runs, chromium: values.chromium ?? findChromium() };
}

function findChromium() {
  if (process.env.E2E_CHROMIUM) return process.env.E2E_CHROMIUM;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  throw new Failure('no Chromium found: pass --chromium, set E2E_CHROMIUM or install chromium', 1);
}

/** playwright-core when installed on its own (it is what @playwright/test re-exports). */
async function loadChromium() {
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    return (await import('@playwright/test')).chromium;
  }
}

/** Signs in as e2e/tests/support.ts signIn does; returns the session cookies. */
async function signIn(browser, opts) {
  const context = await browser.newContext({ baseURL: opts['base-url'] });
  const page = await context.newPage();
  try {
    await page.goto('/login', { timeout: TIMEOUT_MS });
    await page.getByLabel('Username').fill(opts.user, { timeout: TIMEOUT_MS });
    await page.getByRole('textbox', { name: 'Password' }).fill(opts.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor({ timeout: TIMEOUT_MS });
    return await context.storageState();
  } catch (error) {
    // The login form's alert says why (wrong password, locked out), when there is one.
    const alert = await page.getByRole('alert').allInnerTexts().catch(() => []);
    const why =
      alert.join(' ').replace(/\s+/g, ' ').trim() || String(error.message).split('\n')[0];
    throw new Failure(`sign-in as ${opts.user} at ${page.url()} failed: ${why}`, 2);
  } finally {
    await context.close();
  }
}

/**
 * Watches the page's network through the DevTools protocol, for what Playwright's API doesn't
 * say exactly: whether a response came from Chromium's cache, and the bytes on the wire
 * (Playwright's sizes() estimates the header size and came out one byte off the body here).
 */
async function networkWatch(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let requests = new Set();
  let cached = new Set();
  const headerBytes = new Map(); // requestId -> bytes received with the response headers
  const wire = new Map(); // url -> { headerBytes, bodyBytes }
  cdp.on('Network.requestWillBeSent', (e) => requests.add(e.requestId));
  cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    headerBytes.set(e.requestId, { url: e.response.url, bytes: e.response.encodedDataLength });
    if (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker) {
      cached.add(e.requestId);
    }
  });
  cdp.on('Network.loadingFinished', (e) => {
    const head = headerBytes.get(e.requestId);
    // encodedDataLength counts everything received: headers, then the body as sent (compressed
    // if the server compressed it).
    if (!head) return;
    wire.set(head.url, { headerBytes: head.bytes, bodyBytes: e.encodedDataLength - head.bytes });
  });
  return {
    reset() {
      requests = new Set();
      cached = new Set();
    },
    counts: () => ({ requests: requests.size, fromCache: cached.size }),
    /** The wire sizes of a finished response; its event can trail Playwright's by a moment. */
    async wireOf(url) {
      for (let i = 0; i < 50 && !wire.has(url); i++) await new Promise((r) => setTimeout(r, 20));
      return wire.get(url) ?? { headerBytes: null, bodyBytes: null };
    },
  };
}

/**
 * Runs in every document before its own scripts: notes the page-clock time at which a task row
 * is first in the DOM and visible. Watching from inside the page matters: a poller that
 * Playwright injects after the navigation can start after the rows are already there (a warm
 * load renders them within a few frames), and would report its own start instead.
 */
function watchForRows(css) {
  const observer = new MutationObserver(() => {
    const row = document.querySelector(css);
    if (row && row.checkVisibility()) {
      window.__inboxRowsAt = performance.now();
      observer.disconnect();
    }
  });
  // Attributes too: a tab panel becomes visible by losing display: none, not by new nodes.
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Navigates and waits for the first task row; returns the page-clock figures. */
async function openInbox(page, path) {
  try {
    await page.goto(path, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await page.waitForFunction(() => window.__inboxRowsAt, undefined, { timeout: TIMEOUT_MS });
  } catch (error) {
    const why = String(error.message).split('\n')[0];
    throw new Failure(
      `no task row visible at ${page.url()} within 30 s (open tasks on this tab?): ${why}`,
      3,
    );
  }
  const times = await page.evaluate(() => ({
    rowsMs: window.__inboxRowsAt,
    dclMs: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
  }));
  return { ...times, rows: await rowLocator(page).count() };
}

/** The JavaScript of a load: sizes as sent, as decoded, and as gzip -9 would make them. */
async function describeJs(responses, network) {
  const files = [];
  for (const response of responses) {
    const body = await response.body();
    const wire = await network.wireOf(response.url());
    const headers = await response.allHeaders();
    files.push({
      url: response.url(),
      // The body as sent, headers not included: comparable with gzipBytes.
      wireBytes: wire.bodyBytes,
      headerBytes: wire.headerBytes,
      decodedBytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
      contentEncoding: headers['content-encoding'] ?? null,
      cacheControl: headers['cache-control'] ?? null,
    });
  }
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return {
    files,
    wireBytes: sum('wireBytes'),
    headerBytes: sum('headerBytes'),
    decodedBytes: sum('decodedBytes'),
    gzipBytes: sum('gzipBytes'),
  };
}

const isJs = (response) =>
  response.request().resourceType() === 'script' ||
  /javascript|ecmascript/.test(response.headers()['content-type'] ?? '');

async function run(browser, opts, index) {
  const storageState = await signIn(browser, opts);
  // A new context has its own empty HTTP cache: the cold load is a first visit with a session.
  const context = await browser.newContext({ baseURL: opts['base-url'], storageState });
  try {
    await context.addInitScript(watchForRows, ROW_CSS);
    const page = await context.newPage();
    const network = await networkWatch(context, page);

    // Only JS that arrives before the rows show counts as "initial"; lazy chunks after don't.
    const js = [];
    const collect = (response) => isJs(response) && js.push(response);
    page.on('response', collect);
    const cold = await openInbox(page, opts.path);
    page.off('response', collect);
    // Bodies must be read before the next navigation: Chromium drops them then.
    const initialJs = await describeJs(js, network);

    network.reset();
    const warm = await openInbox(page, opts.path);
    const warmCounts = network.counts();

    const result = { cold, warm: { ...warm, ...warmCounts }, initialJs };
    const ms = (value) => `${value?.toFixed(0)} ms`;
    log(
      `run ${index}: cold ${ms(cold.rowsMs)} (DCL ${ms(cold.dclMs)}), warm ${ms(warm.rowsMs)},`,
      `${cold.rows} rows, ${js.length} JS files,`,
      `warm ${warmCounts.fromCache}/${warmCounts.requests} from cache`,
    );
    return result;
  } finally {
    await context.close();
  }
}

/** Nearest-rank percentiles: with 5 samples p95 is the slowest, which is what 5 samples can say. */
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    samples: samples.map(round),
  };
}

async function main() {
  const opts = options();
  const chromium = await loadChromium();
  const url = `${opts['base-url']}${opts.path}`;
  log(`Chromium ${opts.chromium}, ${opts.runs} runs of ${url} as ${opts.user}`);
  const browser = await chromium.launch({
    executablePath: opts.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results = [];
  try {
    for (let i = 1; i <= opts.runs; i++) results.push(await run(browser, opts, i));
  } finally {
    await browser.close();
  }
  const first = results[0];
  const summary = {
    runs: opts.runs,
    coldMs: stats(results.map((r) => r.cold.rowsMs)),
    warmMs: stats(results.map((r) => r.warm.rowsMs)),
    coldDomContentLoadedMs: stats(results.map((r) => r.cold.dclMs)),
    warmDomContentLoadedMs: stats(results.map((r) => r.warm.dclMs)),
    initialJs: first.initialJs,
    warmFromCache: first.warm.fromCache,
    warmRequests: first.warm.requests,
    rowsSeen: first.cold.rows,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error) => {
  console.error(`[inbox-load] ${error instanceof Failure ? error.message : error?.stack ?? error}`);
  process.exit(error instanceof Failure ? error.code : 1);
});
