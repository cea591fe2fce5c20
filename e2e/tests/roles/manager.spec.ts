import { expect, test } from '@playwright/test';

import { loadScene } from './scene';
import {
  expectNavigation,
  walkAs,
  walkChange,
  walkCmdb,
  walkInbox,
  walkNotifications,
  walkRelease,
  walkReports,
  walkTask,
  walkUnauthorizedChange,
  walkCalendar,
} from './views';

test('the change manager reads the inbox, tasks, CAB agenda, changes, releases and KPIs', async ({
  browser,
}, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'manager');
  await expectNavigation(walk, [
    'Inbox',
    'Changes',
    'CAB agenda',
    'Releases',
    'Calendar',
    'CMDB',
    'Unauthorized changes',
    'Reports',
  ]);

  await walkInbox(walk, 'Morgan Manager', { groups: [scene.pending, scene.backedOutChange] });
  await walk.screenshot('manager');

  await walkTask(walk, scene.tasks.managerAccept, {
    title: /Accept release/i,
    recordKey: scene.pending,
    kind: 'Accept release',
    who: /Offered to|Assigned to/,
    release: true,
  });
  await walkTask(walk, scene.tasks.managerPir, {
    title: /Post-implementation review/i,
    recordKey: scene.backedOutChange,
    kind: 'Post-implementation review',
    who: /Offered to Change managers|Assigned to Morgan Manager/,
    action: 'Close the review',
  });

  await walk.navigate('CAB agenda', 'CAB agenda');
  const card = walk.page.getByRole('article').or(walk.page.locator('section')).filter({
    hasText: scene.voting.key,
  });
  await expect(card.first()).toContainText(scene.voting.title);
  await expect(card.first()).toContainText(/abstain/);

  await walk.navigate('Changes', 'Changes');
  await expect(walk.page.getByRole('row').filter({ hasText: scene.voting.key })).toBeVisible();
  await walkChange(walk, scene.voting.key, {
    title: scene.voting.title,
    state: 'CAB vote',
    votes: [
      { who: 'Charlie Cab', decision: 'abstain', comment: 'Security has no stake in pool sizes' },
      { who: 'Casey Cab', decision: 'pending' },
    ],
    steps: ['Review RFC', 'CAB vote'],
    current: 'cab_vote',
  });

  await walk.navigate('Releases', 'Releases');
  for (const key of [scene.rolledOut, scene.backedOut, scene.pending]) {
    await expect(walk.page.getByRole('row').filter({ hasText: key })).toBeVisible();
  }
  await walkRelease(walk, scene.rolledOut, {
    name: 'Checkout pool settings',
    state: 'Closed',
    changeKey: scene.rolledOutChange,
    waves: {
      summary: '4 of 4 waves done',
      rows: { test: 'Done', staging: 'Done', 'prod-canary': 'Done', 'prod-rest': 'Done' },
    },
    current: 'release_closed',
  });
  // What discovery saw that no approved change covers: the manager resolves it (the walk only
  // looks, so the walk at the other width finds it open too).
  await walkUnauthorizedChange(walk, { ...scene.unauthorized, canResolve: true });
  await walkCmdb(walk, { admin: false });
  await walkReports(walk);
  await walkCalendar(walk);
  // Last: what the person was told, in the panel behind the bell (the latest ten: the seed's
  // last records).
  await walkNotifications(walk, [
    `${scene.pending}: Accept release`,
    `Unauthorized change on ${scene.unauthorized.ciKey}: ${scene.unauthorized.attribute} is now ${scene.unauthorized.value}`,
  ]);
});
