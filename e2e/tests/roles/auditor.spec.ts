import { expect, test } from '@playwright/test';

import { loadScene } from './scene';
import {
  expectNavigation,
  walkAs,
  walkChange,
  walkInbox,
  walkNotifications,
  walkRelease,
  walkReports,
  walkAuditEvents,
  walkEvidence,
  walkTask,
  walkUnauthorizedChange,
  walkCalendar,
} from './views';

test('the auditor reads every record, the CAB agenda, a task and the KPIs, and can change nothing', async ({
  browser,
}, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'auditor');
  await expectNavigation(walk, [
    'Inbox',
    'Changes',
    'CAB agenda',
    'Releases',
    'Calendar',
    'Hardware',
    'CMDB',
    'Unauthorized changes',
    'Reports',
    'Audit',
  ]);

  await walkInbox(walk, 'Avery Auditor', {});
  await walk.screenshot('auditor');

  await walkTask(walk, scene.tasks.cab1Vote, {
    title: 'CAB vote',
    recordKey: scene.voting.key,
    kind: 'CAB vote',
    who: 'Assigned to Casey Cab',
    readOnly: true,
    votes: [{ who: 'Charlie Cab', decision: 'abstain', comment: 'Security has no stake in pool sizes' }],
  });

  await walk.navigate('Changes', 'Changes');
  await walkChange(walk, scene.approved.key, {
    title: scene.approved.title,
    state: 'Ready for release',
    votes: [
      { who: 'Casey Cab', decision: 'approve', comment: 'orders-db is not touched' },
      { who: 'Charlie Cab', decision: 'approve', comment: 'No new ports or secrets' },
      { who: 'Cameron Cab', decision: 'approve', comment: 'Commerce team is on call' },
    ],
    steps: ['Review RFC', 'CAB vote', 'Ready for release'],
    current: 'ready_for_release',
  });
  await expect(walk.page.getByRole('button', { name: /Edit|Withdraw|Submit/ })).toHaveCount(0);
  // Who approved it, what they said and what the process did, in one view.
  await walkEvidence(walk, scene.approved.key, {
    title: scene.approved.title,
    votes: [
      { who: 'Casey Cab', decision: 'approve', comment: 'orders-db is not touched' },
      { who: 'Cameron Cab', decision: 'approve', comment: 'Commerce team is on call' },
    ],
    steps: ['Review RFC', 'CAB vote', 'Ready for release'],
  });
  await expect(walk.page.getByRole('button', { name: /Edit|Withdraw|Submit|Approve/ })).toHaveCount(0);
  await walkAuditEvents(walk, scene.approved.key, ['ChangeSubmitted', 'VoteCast']);

  await walk.open(`/changes/${scene.backedOutChange}`, /Restart staging checkout-api again/);
  await walkEvidence(walk, scene.backedOutChange, {
    title: /Restart staging checkout-api again/,
    steps: ['Ready for release'],
    release: { key: scene.backedOut, reason: /verification failure/i },
  });

  await walk.navigate('CAB agenda', 'CAB agenda');
  await expect(walk.page.getByText(scene.voting.title).first()).toBeVisible();

  await walk.navigate('Releases', 'Releases');
  await walkRelease(walk, scene.backedOut, {
    name: 'Checkout pool settings, second try',
    state: 'Backed out',
    changeKey: scene.backedOutChange,
    waves: {
      summary: 'Backed out after 2 of 4 waves',
      // Each wave's real outcome, not "Backed out" everywhere: the failed verification's reason.
      rows: {
        test: /then rolled back|Deployed and verified/,
        staging: /Verification failed: .*error rate 4\.2%/,
        'prod-canary': 'Not started',
      },
    },
    current: 'release_backed_out',
  });
  await expect(walk.page.getByRole('button', { name: /Build|Back out|Save/ })).toHaveCount(0);
  await expect(
    walk.page.getByRole('alert').filter({ hasText: 'Why it was backed out' }),
  ).toContainText('Backed out at wave staging: verification failed');

  // The backed-out change names the release that backed it out, at which wave and why.
  await walk.open(`/changes/${scene.backedOutChange}`, /Restart staging checkout-api again/);
  const releases = walk.page.getByRole('region', { name: 'Releases of this change' });
  await expect(releases.getByRole('link', { name: scene.backedOut, exact: true })).toBeVisible();
  await expect(releases).toContainText('Backed out at wave staging: verification failed');
  await walk.check('backed-out change names its release');

  // The changes list by a period on the implementation date: today's rollouts are in it.
  const today = new Date().toISOString().slice(0, 10);
  await walk.navigate('Changes', 'Changes');
  const filters = walk.page.getByRole('search', { name: 'Filter changes' });
  await filters.getByRole('combobox', { name: 'Date' }).click();
  await walk.page.getByRole('option', { name: 'Implemented or closed' }).click();
  await filters.getByLabel('From').fill(today);
  await filters.getByLabel('To').fill(today);
  await expect(walk.page).toHaveURL(/date=IMPLEMENTED/);
  await expect(walk.page.getByRole('link', { name: scene.rolledOutChange, exact: true })).toBeVisible();
  await expect(walk.page.getByRole('link', { name: scene.backedOutChange, exact: true })).toBeVisible();
  await expect(walk.page.getByRole('link', { name: scene.approved.key, exact: true })).toHaveCount(0);
  await expect(walk.page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    /\/api\/changes\/export\.csv\?date=IMPLEMENTED&from=/,
  );
  await walk.check('changes implemented today');

  await walk.navigate('Hardware', 'Hardware');
  await walk.navigate('CMDB', 'CMDB');
  // Unauthorized changes: read, never resolved by an auditor.
  await walkUnauthorizedChange(walk, { ...scene.unauthorized, canResolve: false });
  await walkReports(walk);
  await walk.navigate('Audit', 'Audit');
  await expect(
    walk.page.getByRole('main').getByRole('link', { name: 'Unauthorized changes' }),
  ).toHaveAttribute('href', '/unauthorized-changes');
  // "What changed?": this week's changes and releases, each with who approved it and how it ended.
  await walk.page.getByRole('link', { name: 'What changed?' }).click();
  await expect(walk.page.getByRole('heading', { name: 'What changed?' })).toBeVisible();
  const rolledOutRow = walk.page.getByRole('row', { name: scene.rolledOutChange, exact: true });
  await expect(rolledOutRow).toContainText('Implemented');
  await expect(rolledOutRow).toContainText('Pre-approved (standard change)');
  await expect(rolledOutRow.getByRole('link', { name: scene.rolledOut, exact: true })).toBeVisible();
  await expect(
    walk.page.getByRole('row', { name: scene.backedOutChange, exact: true }),
  ).toContainText('Backed out at wave staging');
  const releaseRow = walk.page.getByRole('row', { name: scene.rolledOut, exact: true });
  await expect(releaseRow).toContainText('Rolled out');
  await expect(releaseRow).toContainText(
    'Morgan Manager (Change manager): accept on release acceptance',
  );
  await expect(releaseRow).toContainText(
    'Rory Release (Release engineer): accept on release acceptance',
  );
  await expect(walk.page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    /\/api\/reports\/what-changed\.csv\?from=\d{4}-\d\d-\d\d&to=/,
  );
  await walk.check('what changed');
  await walkCalendar(walk);
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, ['No notifications']);
});
