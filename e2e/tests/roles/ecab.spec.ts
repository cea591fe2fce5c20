import { expect, test } from '@playwright/test';

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

test('an ECAB member reads the emergency waiting for them', async ({ browser }, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'ecab');
  await expectNavigation(walk, ['Inbox', 'Changes', 'CAB agenda', 'Calendar', 'CMDB']);

  await walkInbox(walk, 'Emery Ecab', { groups: [scene.emergency.key] });
  await walk.screenshot('ecab');

  await walkTask(walk, scene.tasks.ecabApproval, {
    title: 'ECAB approval',
    recordKey: scene.emergency.key,
    kind: 'ECAB approval',
    who: 'Offered to ECAB members',
    votes: [],
  });
  await expect(walk.page.getByRole('tabpanel', { name: 'Votes so far' })).toContainText(
    /pending|Nobody has been asked to approve this change yet\./,
  );

  await walk.navigate('Changes', 'Changes');
  await walkChange(walk, scene.emergency.key, {
    title: scene.emergency.title,
    state: 'ECAB approval',
    steps: ['ECAB approval'],
    current: 'ecab_approval',
  });
  await walk.navigate('CMDB', 'CMDB');
  await walkCalendar(walk);
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, [`${scene.emergency.key}: ECAB approval`]);
});
