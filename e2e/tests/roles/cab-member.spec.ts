import { test } from '@playwright/test';

import { loadScene } from './scene';
import {
  expectNavigation,
  walkAs,
  walkChange,
  walkInbox,
  walkNotifications,
  walkTask,
  walkCalendar,
} from './views';

test('a CAB member reads the vote waiting for them, the votes so far and past decisions', async ({
  browser,
}, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'cab1');
  await expectNavigation(walk, ['Inbox', 'Changes', 'CAB agenda', 'Calendar', 'CMDB']);

  await walkInbox(walk, 'Casey Cab', { mine: [scene.voting.key] });
  await walk.screenshot('cab1');

  await walkTask(walk, scene.tasks.cab1Vote, {
    title: 'CAB vote',
    recordKey: scene.voting.key,
    kind: 'CAB vote',
    who: 'Assigned to Casey Cab',
    votes: [
      { who: 'Charlie Cab', decision: 'abstain', comment: 'Security has no stake in pool sizes' },
      { who: 'Casey Cab', decision: 'pending' },
      { who: 'Cameron Cab', decision: 'pending' },
    ],
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
  await walk.navigate('CMDB', 'CMDB');
  await walkCalendar(walk);
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, [`${scene.voting.key}: CAB vote`]);
});
