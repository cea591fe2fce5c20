import { expect, type Browser, type Locator, type TestInfo } from '@playwright/test';

import { signIn } from '../support';
import { Walk } from './walk';

/** Signs the demo user in (the login page is checked too) and starts their walk. */
export async function walkAs(browser: Browser, info: TestInfo, username: string): Promise<Walk> {
  const viewport = info.project.use.viewport ?? { width: 1440, height: 900 };
  const context = await browser.newContext({ viewport });
  const walk = new Walk(await context.newPage(), info);
  await walk.page.goto('/login');
  await walk.check('login page');
  await signIn(walk.page, username);
  return walk;
}

/** Who voted what, as the Approvals tab and "Votes so far" list it. */
export type Vote = { who: string; decision: 'approve' | 'reject' | 'abstain' | 'pending'; comment?: string };

export async function expectVotes(panel: Locator, votes: Vote[]): Promise<void> {
  for (const vote of votes) {
    const row = panel.getByRole('row').filter({ hasText: vote.who });
    await expect(row, `vote of ${vote.who}`).toContainText(vote.decision);
    if (vote.comment) await expect(row).toContainText(vote.comment);
  }
}

/** Home: the inbox greets the person and lists their tasks, assigned to them or to their groups. */
export async function walkInbox(
  walk: Walk,
  displayName: string,
  tasks: { mine?: string[]; groups?: string[] },
): Promise<void> {
  await walk.navigate('Inbox', `Hello, ${displayName}`);
  const mine = await walk.tab(/^Mine/);
  for (const key of tasks.mine ?? []) {
    await expect(mine.getByRole('row').filter({ hasText: key }).first(), `mine: ${key}`).toBeVisible();
  }
  const groups = await walk.tab(/^My groups/);
  for (const key of tasks.groups ?? []) {
    await expect(groups.getByRole('row').filter({ hasText: key }).first(), `groups: ${key}`).toBeVisible();
  }
}

type ChangeExpectations = {
  title: string | RegExp;
  state: string | RegExp;
  votes?: Vote[];
  noVotes?: boolean;
  steps: string[];
  current?: string;
};

/** A change page with every tab: overview, plans, approvals, timeline and diagram. */
export async function walkChange(walk: Walk, key: string, expected: ChangeExpectations) {
  await walk.open(`/changes/${key}`, expected.title);
  const page = walk.page;
  await expect(page.getByText(key).first()).toBeVisible();
  await expect(page.getByText(expected.state).first()).toBeVisible();
  const overview = await walk.tab('Overview');
  // The affected CI by its name, with the key that identifies it.
  await expect(overview.getByText(/^checkout-api · CI-\d+$/).first()).toBeVisible();
  const plans = await walk.tab('Plans');
  await expect(plans).toContainText(/edge-lb|Drain/);
  const approvals = await walk.tab('Approvals');
  if (expected.votes) await expectVotes(approvals, expected.votes);
  if (expected.noVotes) {
    await expect(approvals).toContainText('Nobody has been asked to approve this change yet.');
  }
  const timeline = await walk.tab('Timeline');
  for (const step of expected.steps) await expect(timeline.getByText(step).first()).toBeVisible();
  const diagram = await walk.tab('Diagram');
  if (expected.current) {
    await expect(
      page.locator(`.djs-element[data-element-id="${expected.current}"]`),
    ).toHaveClass(/current/);
    // A running change is drawn from the model version it started on, and says which.
    await expect(diagram.getByTestId('diagram-text')).toContainText(/model version \d+/);
  }
  await walk.check(`${key} diagram drawn`);
}

type ReleaseExpectations = {
  name: string;
  state: string;
  changeKey: string;
  /** The state every wave's row shows; a wave name with its own state where they differ. */
  waves?: { summary: string; rows: Record<string, string | RegExp> };
  current?: string;
};

/** A release page with every tab: overview, changes, waves, artifacts, tests, timeline, diagram. */
export async function walkRelease(walk: Walk, key: string, expected: ReleaseExpectations) {
  await walk.open(`/releases/${encodeURIComponent(key)}`, expected.name);
  const page = walk.page;
  await expect(page.getByText(expected.state, { exact: true }).first()).toBeVisible();
  if (expected.waves) {
    const progress = page.getByRole('table', { name: 'Wave progress' });
    await expect(
      page.getByText(expected.waves.summary).first(),
    ).toBeVisible();
    for (const [wave, state] of Object.entries(expected.waves.rows)) {
      await expect(progress.getByRole('row', { name: `Wave ${wave}` })).toContainText(state);
    }
  }
  const overview = await walk.tab('Overview');
  await expect(overview).toContainText('Redeploy the previous artifacts wave by wave.');
  const changes = await walk.tab('Changes');
  await expect(changes.getByText(expected.changeKey).first()).toBeVisible();
  const waves = await walk.tab('Waves');
  for (const wave of ['test', 'staging', 'prod-canary', 'prod-rest']) {
    await expect(waves.getByText(wave, { exact: true }).first()).toBeVisible();
  }
  const artifacts = await walk.tab('Artifacts');
  await expect(artifacts).toContainText('No artifacts registered.');
  await walk.tab('Tests');
  const timeline = await walk.tab('Timeline');
  await expect(timeline.getByText(/Build/).first()).toBeVisible();
  const diagram = await walk.tab('Diagram');
  if (expected.current) {
    await expect(page.locator(`.djs-element[data-element-id="${expected.current}"]`)).toHaveClass(
      /current/,
    );
    await expect(diagram.getByTestId('diagram-text')).toContainText(/model version \d+/);
  }
  await walk.check(`${key} diagram drawn`);
}

type TaskExpectations = {
  title: string | RegExp;
  recordKey: string;
  kind: string;
  /** "Assigned to Casey Cab", "Offered to ECAB members". */
  who: string | RegExp;
  /** Who voted what, under "Votes so far" (approval tasks only). */
  votes?: Vote[];
  /** The button that completes it, when not "Complete task" (a PIR is closed, a rollout started). */
  action?: string | RegExp;
  /** The page says the person cannot complete it (read-only roles). */
  readOnly?: boolean;
  release?: boolean;
};

/** A task page: its facts, its form and every tab of the change's or release's brief. */
export async function walkTask(walk: Walk, taskId: string, expected: TaskExpectations) {
  await walk.open(`/inbox/${encodeURIComponent(taskId)}`, expected.title);
  const page = walk.page;
  await expect(page.getByText(expected.kind, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(expected.who).first()).toBeVisible();
  await expect(page.getByText(/^Due$/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: `Open ${expected.recordKey}` })).toBeVisible();
  if (expected.readOnly) {
    await expect(page.getByText('You cannot complete this task')).toBeVisible();
  } else {
    await expect(page.getByRole('button', { name: expected.action ?? 'Complete task' })).toBeEnabled();
  }
  if (expected.release) {
    const changes = await walk.tab('Changes');
    await expect(changes).toContainText(/CHG-\d+/);
    await walk.tab('Waves');
    await walk.tab('Tests');
    return;
  }
  const summary = await walk.tab('Summary and impact');
  await expect(summary).toContainText('checkout-api');
  await walk.tab('Plans');
  if (expected.votes) {
    const votes = await walk.tab('Votes so far');
    await expectVotes(votes, expected.votes);
  }
}

/** The notifications panel lists what the person was told, in their words. */
export async function walkNotifications(walk: Walk, texts: (string | RegExp)[]): Promise<void> {
  const panel = await walk.notifications();
  for (const text of texts) await expect(panel.getByText(text).first()).toBeVisible();
  await walk.closeNotifications();
}

/** The navigation offers exactly these entries, in this order. */
export async function expectNavigation(walk: Walk, entries: string[]): Promise<void> {
  expect(await walk.navEntries()).toEqual(entries);
}

/**
 * The Reports page: KPI tiles over the last twelve months (the scene's rolled-out and
 * backed-out releases are among them), a chart per figure, and the CSV of the same months.
 */
export async function walkReports(walk: Walk): Promise<void> {
  await walk.navigate('Reports', 'Reports');
  const page = walk.page;
  await expect(page.getByRole('heading', { name: 'Change management' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'DORA metrics' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Deployment frequency' })).toContainText(
    /[1-9]\d* releases rolled out/,
  );
  await expect(page.getByRole('group', { name: 'Change failure rate' })).toContainText(/\d+%/);
  await expect(page.getByRole('img', { name: /^Deployments, / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the figures mean' })).toBeVisible();
  const csv = page.getByRole('link', { name: 'Download CSV' });
  await expect(csv).toHaveAttribute('href', /^\/api\/reports\/kpis\.csv\?from=\d{4}-\d{2}&to=\d{4}-\d{2}$/);
  const file = await page.request.get((await csv.getAttribute('href')) ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['content-disposition']).toContain('attachment');
  expect((await file.text()).split('\r\n')[0]).toMatch(/^period,changes_implemented,/);
}

type EvidenceExpectations = {
  title: string | RegExp;
  votes?: Vote[];
  steps: string[];
  /** A release of the change, with what its failed wave's row says. */
  release?: { key: string; reason: RegExp };
};

/**
 * A change's evidence view, reached by its "Evidence" link from the change page: every section,
 * the votes with their comments, the path, the audit events and the downloads.
 */
export async function walkEvidence(walk: Walk, key: string, expected: EvidenceExpectations) {
  const page = walk.page;
  await page.getByRole('link', { name: 'Evidence' }).click();
  await expect(page).toHaveURL(new RegExp(`/changes/${key}/evidence$`));
  await expect(page.getByRole('heading', { name: expected.title }).first()).toBeVisible();
  await walk.check(`${key} evidence`);
  for (const section of [
    'Request for change',
    'Classification',
    'Approvals',
    'Schedule',
    'Release and rollout',
    'Post-implementation review',
    'Process path',
    'Audit events',
  ]) {
    await expect(page.getByRole('region', { name: section }), `section ${section}`).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Classification' })).toContainText('change_classification');
  if (expected.votes) await expectVotes(page.getByRole('region', { name: 'Approvals' }), expected.votes);
  const steps = page.getByRole('list', { name: 'Steps taken' });
  for (const step of expected.steps) await expect(steps).toContainText(step);
  if (expected.release) {
    const rollout = page.getByRole('region', { name: 'Release and rollout' });
    await expect(rollout.getByRole('link', { name: expected.release.key })).toBeVisible();
    await expect(rollout).toContainText(expected.release.reason);
  }
  await expect(page.getByRole('region', { name: 'Audit events' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download evidence ZIP' })).toHaveAttribute(
    'href',
    `/api/changes/${key}/evidence.zip`,
  );
  await expect(page.getByRole('link', { name: 'Printable report' })).toBeVisible();
}

/** The audit event search of one subject, newest first, and the chain verified on demand. */
export async function walkAuditEvents(walk: Walk, subject: string, actions: string[]) {
  await walk.open(`/audit/events?subject=${encodeURIComponent(subject)}`, 'Audit events');
  const events = walk.page.getByRole('table', { name: 'Audit events' });
  for (const action of actions) await expect(events.getByText(action).first()).toBeVisible();
  await expect(walk.page.getByRole('textbox', { name: 'Subject' })).toHaveValue(subject);
  await expect(walk.page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    `/api/audit/events.csv?subject=${encodeURIComponent(subject)}`,
  );
  await walk.page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(walk.page.getByText(/^Chain intact: \d+ rows checked, head #\d+ [0-9a-f]+…$/)).toBeVisible();
  await walk.check('audit events');
}

type UnauthorizedExpectations = {
  id: number;
  ciKey: string;
  ciName: string;
  attribute: string;
  value: string;
  /** Change managers resolve it; everyone else only reads. */
  canResolve: boolean;
};

/**
 * The unauthorized-changes page from the navigation: the open record in the list (item, what
 * changed, status), then its page with the values, and the actions only for those who resolve.
 */
export async function walkUnauthorizedChange(walk: Walk, expected: UnauthorizedExpectations) {
  const page = walk.page;
  await walk.navigate('Unauthorized changes', 'Unauthorized changes');
  const row = page.getByRole('row').filter({ hasText: `#${expected.id}` });
  await expect(row).toContainText(expected.ciName);
  await expect(row).toContainText(expected.ciKey);
  await expect(row).toContainText(`${expected.attribute}: (none) → ${expected.value}`);
  await expect(row).toContainText('netscan');
  await expect(row).toContainText('Open');
  await row.getByRole('link', { name: `#${expected.id}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Unauthorized change #${expected.id}` })).toBeVisible();
  await expect(page.getByText(`${expected.ciName} (${expected.ciKey})`)).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    `netscan saw ${expected.attribute} of ${expected.ciName} change from (none) to ${expected.value}`,
  );
  await walk.check(`unauthorized change #${expected.id}`);
  const actions = page.getByRole('button', { name: /^(Link to change|Accept|Roll back)$/ });
  if (expected.canResolve) {
    await expect(actions).toHaveCount(3);
    await expect(page.getByRole('textbox', { name: 'Emergency change' })).toBeVisible();
  } else {
    await expect(actions).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Emergency change' })).toHaveCount(0);
  }
}

/**
 * The CMDB list and a configuration item: app-server-01 (CI-00005) of the demo CMDB, which
 * checkout-api runs on, whose change reaches the Web shop two hops up. Admins also see the
 * "New item" button and the Import section; everyone else does not.
 */
export async function walkCmdb(walk: Walk, { admin }: { admin: boolean }): Promise<void> {
  await walk.navigate('CMDB', 'CMDB');
  const page = walk.page;
  const list = page.getByRole('region', { name: 'Configuration items' });
  const row = list.getByRole('row').filter({ hasText: 'app-server-01' }).first();
  await expect(row).toContainText('Server');
  await expect(list.getByRole('row').filter({ hasText: 'Web shop' }).first()).toContainText('Business service');
  if (admin) {
    await expect(page.getByRole('button', { name: 'New item' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Import' })).toBeVisible();
  } else {
    await expect(page.getByRole('button', { name: 'New item' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Import' })).toHaveCount(0);
  }
  await walk.check('CMDB list');

  await row.getByRole('link', { name: 'CI-00005' }).click();
  await expect(page.getByRole('heading', { name: 'app-server-01' })).toBeVisible();
  const relations = page.getByRole('list', { name: 'Relations' });
  await expect(relations).toContainText('checkout-api runs on app-server-01');
  await expect(page.getByRole('img', { name: 'Relations of app-server-01' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(admin ? 1 : 0);

  await page.getByRole('tab', { name: 'Impact' }).click();
  const services = page.getByRole('group', { name: 'Impacted services' });
  await expect(services.getByRole('link', { name: 'Web shop' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Impacted items' })).toContainText(
    'app-server-01 → shop-frontend → Web shop',
  );
  await expect(page.getByRole('img', { name: 'What a change to app-server-01 reaches' })).toBeVisible();

  await page.getByRole('tab', { name: 'History' }).click();
  // The demo items carry no history until a release or an admin changes them.
  await expect(
    page.getByRole('region', { name: 'History' }).or(page.getByText('No change recorded yet.')),
  ).toBeVisible();
  await walk.check('CMDB item');
}

/**
 * The change calendar, open to every role: the month grid of day cells (today marked), the list
 * of the same month, and the subscribe dialog with its "New link" action.
 */
export async function walkCalendar(walk: Walk): Promise<void> {
  await walk.navigate('Calendar', 'Change calendar');
  const page = walk.page;
  await expect(page.locator('li[aria-current="date"]')).toBeVisible();
  // The view switch is a segmented control: its labels are what people click.
  await page.getByText('List', { exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Scheduled' }).or(page.getByText('Nothing scheduled')),
  ).toBeVisible();
  await walk.check('calendar list');
  await page.getByRole('button', { name: 'Subscribe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Subscribe to the calendar' });
  await expect(dialog.getByRole('button', { name: 'New link' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** The admin's windows page (freezes and maintenance windows) and change models page. */
export async function walkAdminSchedule(walk: Walk): Promise<void> {
  await walk.navigate('Windows', 'Blackout and maintenance windows');
  const page = walk.page;
  // Exact: a section without windows has a second heading, "No blackout windows".
  await expect(page.getByRole('heading', { name: 'Blackout windows', exact: true })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Maintenance windows', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'New blackout window' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'New maintenance window' })).toBeEnabled();
  await walk.navigate('Change models', 'Change models');
  const models = page.getByRole('table', { name: 'Change models' });
  await expect(models.getByRole('row').filter({ hasText: 'Restart app server' })).toContainText(
    'Active',
  );
  await expect(page.getByRole('button', { name: 'New change model' })).toBeEnabled();
}
