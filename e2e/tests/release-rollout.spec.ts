import { expect, test, type Page } from '@playwright/test';

import { Api, overrideRolloutWindows, readyStandardChange } from './api';
import { artifact, choose, daysAhead, decide, signedInPage } from './support';

/** The release engineer bundles the change into a new release through the form. */
async function createRelease(page: Page, name: string, changeKey: string): Promise<string> {
  await page.goto('/releases/new');
  await page.getByLabel('Name').fill(name);
  await choose(page, 'Type', 'Delta');
  await page.getByLabel('Planned start').fill(daysAhead(25, 8));
  await page.getByLabel('Planned end').fill(daysAhead(25, 12));
  await page.getByLabel('Backout plan').fill('Redeploy the previous artifacts wave by wave.');
  await page.getByRole('checkbox', { name: new RegExp(changeKey) }).check();
  await page.getByRole('button', { name: 'Create release' }).click();
  await expect(page).toHaveURL(/\/releases\/REL-/);
  return decodeURIComponent(/\/releases\/([^/?#]+)/.exec(page.url())![1]!);
}

/**
 * Builds the release from its page, then lets the other release engineer and the change manager
 * accept it and the change manager approve the rollout plan (over the API: those steps have
 * their own tests), until the release waits for the start of the rollout. Its change is planned
 * weeks ahead, so unless `override` is false the change manager also records a window override.
 */
async function buildAndApprove(page: Page, key: string, override = true): Promise<void> {
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  const releng2 = await Api.as('releng2');
  const manager = await Api.as('manager');
  await releng2.complete(key, 'ACCEPT_RELEASE', { decision: 'accept' });
  await manager.complete(key, 'ACCEPT_RELEASE', { decision: 'accept' });
  await manager.complete(key, 'REVIEW_ROLLOUT_PLAN', { decision: 'approve' });
  if (override) await overrideRolloutWindows(manager, key);
  await releng2.dispose();
  await manager.dispose();
}

function diagramElement(page: Page, id: string) {
  return page.locator(`.djs-element[data-element-id="${id}"]`);
}

test('the release engineer starts a rollout and watches every wave complete', async ({ browser }) => {
  const change = await readyStandardChange(`Restart staging checkout-api ${Date.now() % 1000}`, 0);
  const releng = await signedInPage(browser, 'releng');
  const key = await createRelease(releng, 'Checkout pool settings', change);

  await buildAndApprove(releng, key, false);
  const start = releng.getByRole('button', { name: 'Start rollout' });
  await expect(start).toBeVisible({ timeout: 60_000 });
  // Its change is approved for a window weeks ahead: the page says why it cannot start now.
  const refused = releng.getByRole('alert', { name: 'The rollout cannot start now' });
  await expect(refused).toContainText(`${change} is approved for`);
  const manager = await Api.as('manager');
  await overrideRolloutWindows(manager, key);
  await manager.dispose();
  await releng.reload();
  await expect(releng.getByRole('alert', { name: 'Rollout allowed by a window override' })).toContainText(
    'Window override by',
  );
  await start.click();

  const waves = releng.getByRole('table', { name: 'Wave progress' });
  await expect(waves).toBeVisible({ timeout: 30_000 });
  // The canary wave has a manual gate: the release engineer looks and says go.
  await releng.getByRole('link', { name: 'Go / no-go' }).click({ timeout: 120_000 });
  await decide(releng, 'Go');
  await releng.goto(`/releases/${encodeURIComponent(key)}`);
  await expect(releng.getByText('Closed', { exact: true }).first()).toBeVisible({ timeout: 120_000 });
  for (const row of await waves.getByRole('row', { name: /^Wave [\w-]+$/ }).all()) {
    await expect(row).toContainText(/done/i);
  }
  await releng.getByRole('tab', { name: 'Diagram' }).click();
  await expect(diagramElement(releng, 'release_closed')).toHaveClass(/current/, { timeout: 30_000 });
  await expect(diagramElement(releng, 'update_cmdb')).toHaveClass(/visited/);
  await releng.screenshot({ path: artifact('release-rolled-out'), fullPage: true });

  const requester = await Api.as('requester');
  // Implemented: a standard change needs no post-implementation review, so it closes.
  await requester.until<{ state: string }>(`/api/changes/${change}`, (c) => c.state === 'CLOSED');
  await requester.dispose();
});

test('a wave that fails verification is backed out, and the diagram shows the backout', async ({
  browser,
}) => {
  const change = await readyStandardChange(`Restart staging checkout-api ${Date.now() % 1000}`, 6);
  const releng = await signedInPage(browser, 'releng');
  const key = await createRelease(releng, 'Checkout pool settings, second try', change);

  // The simulated executor fails the verification of wave 2 every time.
  await releng.getByRole('tab', { name: 'Waves' }).click();
  const rate = releng.getByLabel('Wave 2 simulated failure rate');
  await rate.fill('1');
  await releng.getByRole('button', { name: 'Save waves' }).click();
  await expect(rate).toHaveValue('1');

  await releng.getByRole('tab', { name: 'Overview' }).click();
  await buildAndApprove(releng, key);
  await releng.getByRole('button', { name: 'Start rollout' }).click({ timeout: 60_000 });

  await expect(releng.getByText('Backed out', { exact: true }).first()).toBeVisible({
    timeout: 120_000,
  });
  await releng.getByRole('tab', { name: 'Diagram' }).click();
  await expect(diagramElement(releng, 'release_backed_out')).toHaveClass(/current/, {
    timeout: 30_000,
  });
  await expect(diagramElement(releng, 'backout_wave')).toHaveClass(/visited/);
  await expect(diagramElement(releng, 'wave_unhealthy')).toHaveClass(/failed/);
  await expect(diagramElement(releng, 'update_cmdb')).not.toHaveClass(/visited/);
  await releng.screenshot({ path: artifact('release-backed-out'), fullPage: true });

  const requester = await Api.as('requester');
  const backedOut = await requester.until<{ state: string; history: { elementId: string }[] }>(
    `/api/changes/${change}`,
    (c) => c.state !== 'READY_FOR_RELEASE',
  );
  expect(backedOut.state).toBe('IN_PIR');
  await requester.dispose();
});
