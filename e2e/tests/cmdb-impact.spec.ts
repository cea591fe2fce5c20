import { expect, test } from '@playwright/test';

import { signIn } from './support';

/**
 * A requester picks configuration items on the RFC form and sees, below the picker, the
 * business services the change reaches (demo CMDB: orders-db → checkout-api → Web shop).
 */
test('picking CIs on the RFC form shows the impacted services', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'requester');
  await page.goto('/changes/new');

  const cis = page.getByRole('group', { name: 'Affected CIs' });
  await expect(cis.getByText('Pick configuration items to see the services they reach.')).toBeVisible();
  const picker = cis.getByPlaceholder('Search by key or name');
  await picker.fill('orders-db');
  await page.getByRole('option', { name: /orders-db/ }).click();

  const services = cis.getByRole('group', { name: 'Impacted services' });
  const reached = services.getByRole('list', { name: 'Business services reached' });
  await expect(reached.getByRole('link', { name: 'Web shop' })).toBeVisible();
  await expect(reached).toContainText('Critical');
  await services.getByRole('button', { name: /impacted items/ }).click();
  await expect(
    services.getByRole('list', { name: 'Items reached' }).getByRole('link', { name: 'checkout-api' }),
  ).toBeVisible();

  // A second item adds what it reaches; the Web shop stays listed once.
  await picker.fill('edge-lb');
  await page.getByRole('option', { name: /edge-lb/ }).click();
  await expect(reached.getByRole('link', { name: 'Web shop' })).toHaveCount(1);
});
