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
  walkTask,
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
    'Hardware',
    'CMDB',
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
  await walkReports(walk);
  await walk.navigate('Audit', 'Audit');
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, ['No notifications']);
});
