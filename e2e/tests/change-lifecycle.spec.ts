import { expect, test } from '@playwright/test';

import { artifact, decide, fileNormalRfc, openTask, signedInPage } from './support';

test('a normal RFC goes from the requester through review and three CAB votes to ready for release', async ({
  browser,
}) => {
  // The change manager watches the group inbox: the review must arrive live, without a reload.
  const manager = await signedInPage(browser, 'manager');
  await manager.goto('/inbox?scope=groups');
  const requester = await signedInPage(browser, 'requester');
  const key = await fileNormalRfc(requester, `Upgrade checkout-api to 2.9.${Date.now() % 1000}`);
  const reviewRow = manager.getByRole('row').filter({ hasText: key });
  await expect(reviewRow).toBeVisible({ timeout: 60_000 });
  await reviewRow.getByRole('link', { name: 'Review RFC' }).click();
  await expect(manager.getByRole('button', { name: 'Complete task' })).toBeEnabled();
  await manager.screenshot({ path: artifact('task-form'), fullPage: true });
  await decide(manager, 'Accept');
  await expect(manager.getByText(/accepted|completed/i).first()).toBeVisible();

  for (const member of ['cab1', 'cab2', 'cab3']) {
    const page = await signedInPage(browser, member);
    await page.goto('/inbox');
    if (member === 'cab1') {
      await expect(page.getByRole('row').filter({ hasText: key }).first()).toBeVisible({
        timeout: 60_000,
      });
      await page.screenshot({ path: artifact('inbox'), fullPage: true });
    }
    await openTask(page, key, 'CAB vote');
    await decide(page, 'Approve', `${member} agrees`);
    await expect(page.getByText(/completed/i).first()).toBeVisible();
    await page.context().close();
  }

  await requester.goto(`/changes/${key}`);
  await expect(requester.getByText('Ready for release').first()).toBeVisible({ timeout: 60_000 });

  await requester.getByRole('tab', { name: 'Diagram' }).click();
  const current = requester.locator('.djs-element[data-element-id="ready_for_release"]');
  await expect(current).toHaveClass(/current/, { timeout: 30_000 });
  await expect(requester.locator('.djs-element[data-element-id="review_rfc"]')).toHaveClass(
    /visited/,
  );
  await requester.screenshot({ path: artifact('change-detail'), fullPage: true });

  await requester.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = requester.getByRole('tabpanel', { name: 'Timeline' });
  for (const step of ['Filter RFC', 'Review RFC', 'CAB vote', 'Ready for release']) {
    await expect(timeline.getByText(step).first()).toBeVisible();
  }
  // The timeline names who took each step.
  await expect(timeline.getByText('Cameron Cab').first()).toBeVisible();
});

test('two people have the same task open: one completes it, the other is told who took it', async ({
  browser,
}) => {
  const requester = await signedInPage(browser, 'requester');
  const key = await fileNormalRfc(requester, `Rotate edge-lb certificates ${Date.now() % 1000}`);

  // The review is offered to every change manager; two browser sessions open it side by side.
  const first = await signedInPage(browser, 'manager');
  const second = await signedInPage(browser, 'manager');
  await openTask(first, key, 'Review RFC', 'groups');
  await second.goto(first.url());
  await expect(second.getByRole('button', { name: 'Complete task' })).toBeEnabled();
  await second.getByRole('radio', { name: 'Accept', exact: true }).check();

  // The first one completes it; the second, with the form still filled in, is told live who
  // took it (the form greys out) and can no longer complete it.
  await decide(first, 'Accept');
  await expect(first.getByText(/Completed “Review RFC”/)).toBeVisible();
  await expect(second.getByText(/already completed by Morgan Manager/i)).toBeVisible({
    timeout: 30_000,
  });
  await expect(second.getByRole('button', { name: 'Complete task' })).toBeDisabled();
});
