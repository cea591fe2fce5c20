import { expect, test } from '@playwright/test';

import { loadScene } from './scene';
import {
  expectNavigation,
  walkAs,
  walkCalendar,
  walkChange,
  walkCmdb,
  walkInbox,
  walkNotifications,
} from './views';

test('the requester reads their changes, every tab, and what they were told', async ({
  browser,
}, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'requester');
  await expectNavigation(walk, ['Inbox', 'Changes', 'Calendar', 'CMDB']);

  await walkInbox(walk, 'Riley Requester', {});
  await walk.screenshot('requester');

  await walk.navigate('Changes', 'Changes');
  for (const change of [scene.approved, scene.voting, scene.emergency]) {
    await expect(walk.page.getByRole('row').filter({ hasText: change.key })).toContainText(
      change.title,
    );
  }

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
  await walkChange(walk, scene.voting.key, {
    title: scene.voting.title,
    state: 'CAB vote',
    votes: [
      { who: 'Charlie Cab', decision: 'abstain', comment: 'Security has no stake in pool sizes' },
      { who: 'Casey Cab', decision: 'pending' },
      { who: 'Cameron Cab', decision: 'pending' },
    ],
    steps: ['Review RFC', 'CAB vote'],
    current: 'cab_vote',
  });

  await walk.open('/changes/new', 'New request for change');
  await walkCmdb(walk, { admin: false });
  await walkCalendar(walk);
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, [
    `${scene.approved.key}: Approved and scheduled: ready for release`,
    new RegExp(`released: Checkout pool settings$`),
  ]);
});
