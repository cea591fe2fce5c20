import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/** Each role's walk runs at desktop width and at tablet width, after the seed. */
const roleWalk = (width: number, height: number): NonNullable<PlaywrightTestConfig['projects']>[number] => ({
  name: `roles-${width}`,
  testMatch: /tests\/roles\/.*\.spec\.ts$/,
  dependencies: ['seed'],
  use: { viewport: { width, height } },
});

/**
 * Runs against a Changeflow jar that e2e/run.sh started (embedded engine and PostgreSQL) with a
 * known demo password. The browser is Debian's Chromium: Playwright's own download can't work on
 * machines without internet access, and any Chromium speaks the same protocol.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  // One app, one database: tests share the demo users, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 300_000,
  expect: { timeout: 30_000 },
  retries: 0,
  // The list as tests run; the summary of failures again at the very end of the output (after
  // the app log run.sh prints), where a CI log cut to its tail still shows what failed.
  reporter: [['list'], ['./failure-summary.ts']],
  projects: [
    { name: 'flows', testIgnore: /tests\/roles\// },
    { name: 'seed', testMatch: /tests\/roles\/seed\.setup\.ts$/ },
    roleWalk(1440, 900),
    roleWalk(768, 1024),
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080',
    viewport: { width: 1280, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
