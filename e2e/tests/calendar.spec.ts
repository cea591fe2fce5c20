import { expect, test } from '@playwright/test';

import { submittedStandardChange } from './api';
import { choose, signedInPage } from './support';

// Far from every other test's windows (they plan within ~30 days): a freeze here stops nobody else.
const DAY = 86_400_000;

/** A day `days` ahead at `hour` UTC, as an ISO instant. */
function at(days: number, hour: number, minute = 0): string {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, minute, 0, 0);
  return date.toISOString();
}

/** "2027-01-29T10:00" for a datetime-local input (the form's zone is set to UTC). */
const wallTime = (iso: string) => iso.slice(0, 16);

/** The calendar day cell's name, e.g. "Friday 29 January 2027" (mid-day UTC: same day in most zones). */
function dayName(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(new Date(iso))
    .replace(',', '');
}

const SCHEDULED = ['SCHEDULING', 'SCHEDULE_CONFLICT', 'READY_FOR_RELEASE'];

/** A standard change ("Restart app server") on the staging checkout-api, submitted and scheduled. */
function scheduledChange(title: string, start: string, end: string): Promise<string> {
  return submittedStandardChange(title, start, end, (state) => SCHEDULED.includes(state));
}

test('an admin declares a freeze in the UI; a change inside it is flagged on the calendar and its page', async ({
  browser,
}) => {
  const start = at(60, 0);
  const end = at(61, 0);
  const name = `E2E freeze ${Date.now()}`;
  const admin = await signedInPage(browser, 'admin');

  await admin.goto('/admin/windows');
  await admin.getByRole('button', { name: 'New blackout window' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New blackout window' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Reason').fill('Staging rebuild');
  await dialog.getByRole('radio', { name: /A configuration item/ }).check();
  const scope = dialog.getByRole('combobox', { name: 'Scoped to' });
  await scope.fill('CI-00009');
  await admin.getByRole('option', { name: /^CI-00009 · / }).click();
  await dialog.getByLabel('Starts').fill(wallTime(start));
  await dialog.getByLabel('Ends').fill(wallTime(end));
  await choose(admin, 'Time zone', 'UTC');
  await dialog.getByRole('button', { name: 'Create blackout' }).click();
  await expect(dialog).toBeHidden();
  const row = admin.getByRole('table', { name: 'Blackout windows' }).getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('CI-00009');
  await expect(row).toContainText('Staging rebuild');

  const frozen = await scheduledChange('Restart during the staging freeze', at(60, 10), at(60, 11));

  const manager = await signedInPage(browser, 'manager');
  await manager.goto(`/calendar?date=${at(60, 10).slice(0, 10)}`);
  const cell = manager.getByRole('listitem', { name: dayName(at(60, 10)) });
  await expect(cell.getByText(`Blackout: ${name}`)).toBeVisible();
  await expect(cell.getByRole('link', { name: frozen })).toBeVisible();
  const mark = cell.getByRole('button', { name: new RegExp(`conflicts? of ${frozen}$`) });
  await expect(mark).toBeVisible();
  await mark.click();
  await expect(manager.getByRole('dialog').getByText(new RegExp(`blackout '${name}'`))).toBeVisible();

  await manager.goto(`/changes/${frozen}`);
  await manager.getByRole('tab', { name: 'Schedule' }).click();
  const conflicts = manager.getByRole('list', { name: 'Conflicts' });
  await expect(conflicts).toContainText('Blackout');
  await expect(conflicts).toContainText(name);
  await expect(manager.getByText('Next free window')).toBeVisible();

  // The freeze goes again, so later runs start from a calendar without it.
  await admin.reload();
  await admin.getByRole('button', { name: `Delete ${name}` }).click();
  await admin.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});

test('the calendar shows two changes to the same CI in overlapping windows as a conflict', async ({
  browser,
}) => {
  const first = await scheduledChange('Restart staging checkout-api (first)', at(64, 9), at(64, 10));
  const second = await scheduledChange(
    'Restart staging checkout-api (second)',
    at(64, 9, 30),
    at(64, 10, 30),
  );
  const page = await signedInPage(browser, 'requester');

  await page.goto(`/calendar?date=${at(64, 9).slice(0, 10)}`);
  const cell = page.getByRole('listitem', { name: dayName(at(64, 9)) });
  await expect(cell.getByRole('link', { name: first })).toBeVisible();
  await expect(cell.getByRole('link', { name: second })).toBeVisible();
  const mark = cell.getByRole('button', { name: new RegExp(`conflicts? of ${second}$`) });
  await mark.click();
  await expect(page.getByRole('dialog').getByText(new RegExp(`${first} .* also changes`))).toBeVisible();

  // The list view spells every conflict out.
  await page.goto(`/calendar?view=list&date=${at(64, 9).slice(0, 10)}`);
  const row = page.getByRole('table', { name: 'Scheduled' }).getByRole('row').filter({
    has: page.getByRole('link', { name: second, exact: true }),
  });
  await expect(row).toContainText(`${first} (Restart staging checkout-api (first)) also changes`);
});
