import { expect, test } from '@playwright/test';

import { loadScene } from './scene';
import {
  expectNavigation,
  walkAs,
  walkChange,
  walkInbox,
  walkNotifications,
  walkRelease,
  walkAuditEvents,
  walkEvidence,
  walkTask,
} from './views';

test('the auditor reads every record, the CAB agenda and a task, and can change nothing', async ({
  browser,
}, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'auditor');
  await expectNavigation(walk, [
    'Inbox',
    'Changes',
    'CAB agenda',
    'Releases',
    'Hardware',
    'CMDB',
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
    waves: { summary: 'Backed out after 2 of 4 waves', rows: { test: /Done|Backed out/, staging: /Failed|Backed out/ } },
    current: 'release_backed_out',
  });
  await expect(walk.page.getByRole('button', { name: /Build|Back out|Save/ })).toHaveCount(0);

  await walk.navigate('Hardware', 'Hardware');
  await walk.navigate('CMDB', 'CMDB');
  await walk.navigate('Audit', 'Audit');
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, ['No notifications']);
});
