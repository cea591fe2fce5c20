import { expect, test } from '@playwright/test';

import { loadScene } from './scene';
import {
  expectNavigation,
  walkAs,
  walkChange,
  walkInbox,
  walkNotifications,
  walkRelease,
  walkTask,
  walkCalendar,
} from './views';

test('the release engineer reads the rollouts, the backout, the changes they ship and tasks', async ({
  browser,
}, info) => {
  const scene = loadScene();
  const walk = await walkAs(browser, info, 'releng');
  await expectNavigation(walk, ['Inbox', 'Releases', 'Calendar', 'Hardware', 'CMDB']);

  await walkInbox(walk, 'Robin Release', { groups: [scene.pending] });
  await walk.screenshot('releng');

  await walkTask(walk, scene.tasks.relengAccept, {
    title: /Accept release/i,
    recordKey: scene.pending,
    kind: 'Accept release',
    who: /Offered to|Assigned to/,
    release: true,
  });

  await walk.navigate('Releases', 'Releases');
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
  await walkRelease(walk, scene.backedOut, {
    name: 'Checkout pool settings, second try',
    state: 'Backed out',
    changeKey: scene.backedOutChange,
    waves: { summary: 'Backed out after 2 of 4 waves', rows: { test: /Done|Backed out/, staging: /Failed|Backed out/ } },
    current: 'release_backed_out',
  });

  // The changes a release ships are theirs to read: from the release's Changes tab.
  await walk.open(`/releases/${encodeURIComponent(scene.rolledOut)}`, 'Checkout pool settings');
  const changes = await walk.tab('Changes');
  await changes.getByRole('link', { name: scene.rolledOutChange }).click();
  await expect(walk.page).toHaveURL(new RegExp(`/changes/${scene.rolledOutChange}$`));
  await walk.check(`${scene.rolledOutChange} from its release`);
  await walkChange(walk, scene.rolledOutChange, {
    title: /Restart staging checkout-api/,
    state: 'Closed',
    noVotes: true,
    steps: ['Ready for release'],
  });

  await walk.open('/releases/new', 'New release');
  await walk.navigate('Hardware', 'Hardware');
  await walk.navigate('CMDB', 'CMDB');
  await walkCalendar(walk);
  // Last: what the person was told, in the panel behind the bell.
  await walkNotifications(walk, [
    `${scene.rolledOut} released: Checkout pool settings`,
    `${scene.backedOut} backed out: Checkout pool settings, second try`,
  ]);
});
