import { expect, type Browser, type Page } from '@playwright/test';

/** The demo password run.sh started the app with. */
export const PASSWORD = process.env.E2E_PASSWORD ?? '';

/** Screenshots go to e2e/artifacts/ (CI keeps them; the README embeds one). */
export function artifact(name: string): string {
  return `artifacts/${name}.png`;
}

/** Signs in through the login page, as a person does. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  // Mantine's PasswordInput: the field is a textbox named Password (the toggle is a button).
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

/** A new browser context (own cookies) signed in as the user. */
export async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** Picks an option of a Mantine Select by its label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A datetime-local value a number of days from now, on the hour. */
export function daysAhead(days: number, hour: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(hour)}:00`;
}

/**
 * Files a normal RFC through the form and submits it; returns the change key from the page the
 * app lands on.
 */
export async function fileNormalRfc(page: Page, title: string): Promise<string> {
  await page.goto('/changes/new');
  await page.getByLabel('Title').fill(title);
  await page
    .getByLabel('Description')
    .fill('Upgrade the checkout API to 2.9.0, which fixes the rounding of discounts.');
  await page
    .getByLabel('Justification')
    .fill('Customers see wrong totals for 3-for-2 offers since the last price update.');
  await choose(page, 'Category', 'Application');
  await choose(page, 'Impact', '2 – Medium');
  await choose(page, 'Urgency', '2 – Medium');
  const cis = page.getByRole('combobox', { name: 'Configuration items' });
  await cis.click();
  await cis.fill('checkout');
  await page.getByRole('option', { name: /checkout-api/ }).first().click();
  await page.keyboard.press('Escape');
  await page
    .getByLabel('Implementation plan')
    .fill('Blue/green deployment of 2.9.0 behind edge-lb, then switch traffic.');
  await page.getByLabel('Test plan').fill('Smoke tests; place a test order with a 3-for-2 offer.');
  await page.getByLabel('Backout plan').fill('Switch edge-lb back to the green pool running 2.8.3.');
  await page.getByLabel('Planned start').fill(daysAhead(20, 9));
  await page.getByLabel('Planned end').fill(daysAhead(20, 11));
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page).toHaveURL(/\/changes\/CHG-\d+/);
  const key = /CHG-\d+/.exec(page.url())?.[0];
  if (!key) throw new Error(`no change key in ${page.url()}`);
  return key;
}

/**
 * Opens the user's inbox and the task on the change; waits for it to arrive (the process
 * opens it a moment after the previous step; live updates bring it in without a reload).
 */
export async function openTask(
  page: Page,
  changeKey: string,
  title: string | RegExp,
  scope: 'mine' | 'groups' = 'mine',
): Promise<void> {
  await page.goto(scope === 'groups' ? '/inbox?scope=groups' : '/inbox');
  const row = page.getByRole('row').filter({ hasText: changeKey }).filter({ hasText: title });
  await expect(row.first()).toBeVisible({ timeout: 60_000 });
  await row.first().getByRole('link').first().click();
  await expect(page.getByText(changeKey).first()).toBeVisible();
}

/** Decides on the open task form and waits for the confirmation. */
export async function decide(page: Page, decision: string, comment?: string): Promise<void> {
  await page.getByRole('radio', { name: decision, exact: true }).check();
  if (comment) await page.getByLabel('Comment').fill(comment);
  await page.getByRole('button', { name: 'Complete task' }).click();
}
