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
  walkAdminSchedule,
  walkCalendar,
} from './views';

test('the admin reads every page: records, incidents and the consistency check', async ({
  browser,
}, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'admin');
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
    'Incidents',
    'Admin',
    'Windows',
    'Change models',
  ]);

  await walkInbox(walk, 'Alex Admin', {});
  await walk.navigate('Admin', 'Administration');
  await expect(walk.page.getByRole('heading', { name: 'Consistency' })).toBeVisible();
  await walk.screenshot('admin');

  await walk.navigate('Incidents', 'Incidents');
  await walk.navigate('Changes', 'Changes');
  await walkChange(walk, scene.emergency.key, {
    title: scene.emergency.title,
    state: 'ECAB approval',
    steps: ['ECAB approval'],
    current: 'ecab_approval',
  });
  await walk.navigate('CAB agenda', 'CAB agenda');
  await expect(walk.page.getByText(scene.voting.title).first()).toBeVisible();
  await walk.navigate('Releases', 'Releases');
  await walkRelease(walk, scene.pending, {
    name: 'Discount rounding fix',
    state: 'Awaiting acceptance',
    changeKey: scene.approved.key,
  });
  await walk.navigate('Hardware', 'Hardware');
  await walkCmdb(walk, { admin: true });
  await walk.navigate('Audit', 'Audit');
  await walkCalendar(walk);
  await walkAdminSchedule(walk);
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, ['No notifications']);
});
