import { expect, test, type Browser, type Page } from '@playwright/test';

import { decide, fileNormalRfc, openTask, signIn } from './support';

/**
 * Two replicas of the app on one engine and one database, as e2e/run.sh starts them: the app
 * (replica A, the tests' base URL) and a second instance in replica mode (replica B). People use
 * either; what one replica's people and workers do shows in the other's browsers, live.
 */
const replicaB = process.env.E2E_REPLICA_URL;

/** A new browser session on one replica, signed in there. */
async function on(browser: Browser, baseURL: string | undefined, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, username);
  return page;
}

test.describe('two replicas', () => {
  test.skip(!replicaB, 'e2e/run.sh starts a replica beside the app (E2E_REPLICA_URL)');

  test('a sign-in on one replica holds on the other, and so does signing out', async ({
    browser,
  }) => {
    const onB = await on(browser, replicaB, 'auditor');
    // Cookies do not depend on the port: the same browser session, now on replica A.
    const onA = await onB.context().newPage();
    await onA.goto(`${process.env.E2E_BASE_URL}/reports`);
    await expect(onA.getByRole('heading', { name: 'Change management' })).toBeVisible();
    await expect(onA.getByRole('button', { name: 'Log out' })).toBeVisible();

    await onA.getByRole('button', { name: 'Log out' }).click();
    await expect(onA.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await onB.goto('/reports');
    await expect(onB.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await onB.context().close();
  });

  test('a task and a vote made on replica B reach the browsers on replica A live', async ({
    browser,
  }) => {
    // The change manager works on replica A; the requester and the CAB on replica B.
    const manager = await on(browser, process.env.E2E_BASE_URL, 'manager');
    await manager.goto('/inbox?scope=groups');
    const requester = await on(browser, replicaB, 'requester');
    const key = await fileNormalRfc(requester, `Across replicas ${Date.now() % 1000}`);
    expect(requester.url()).toContain(replicaB);

    // The review opens in A's inbox without a reload, whichever replica's worker opened it.
    const reviewRow = manager.getByRole('row').filter({ hasText: key });
    await expect(reviewRow).toBeVisible({ timeout: 60_000 });
    await reviewRow.getByRole('link', { name: 'Review RFC' }).click();
    await decide(manager, 'Accept');
    await expect(manager.getByText(/Completed “Review RFC”/)).toBeVisible();

    // The manager watches the CAB's tally on A.
    await manager.goto(`/changes/${key}`);
    await manager.getByRole('tab', { name: 'Approvals' }).click();
    const tally = manager.getByLabel('Tally');
    await expect(tally).toHaveText(/0 approve · 0 reject · 0 abstain · 3 not voted yet/, {
      timeout: 60_000,
    });

    const cab1 = await on(browser, replicaB, 'cab1');
    await openTask(cab1, key, 'CAB vote');
    await decide(cab1, 'Approve', 'Voted on replica B');
    await expect(cab1.getByText(/completed/i).first()).toBeVisible();

    // No reload on A: the vote arrives through the live stream.
    await expect(tally).toHaveText(/1 approve · 0 reject · 0 abstain · 2 not voted yet/);
    await expect(manager.getByRole('row').filter({ hasText: 'Voted on replica B' })).toBeVisible();
  });
});
