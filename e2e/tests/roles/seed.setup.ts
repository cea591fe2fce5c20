import { expect, test as setup } from '@playwright/test';

import { Api, hoursAhead, observe, overrideRolloutWindows, readyStandardChange, type Task } from '../api';
import { saveScene, type Change } from './scene';

/**
 * Sets the scene the role walks read, once per run, through the REST API: changes in every
 * phase a person looks at (in CAB vote, ready for release, waiting for the ECAB, in review
 * after a backout) and releases rolled out, backed out and waiting for acceptance.
 */

/** A normal change on the prod checkout-api (all three CAB members vote on it), submitted. */
async function fileChange(
  requester: Api,
  title: string,
  startHours: number,
  emergency = false,
): Promise<Change> {
  const change = await requester.post<{ key: string }>('/api/changes', {
    title,
    description: `${title}: the checkout-api rounds 3-for-2 discounts wrongly since 2.8.3.`,
    justification: 'Customers see wrong totals for 3-for-2 offers since the last price update.',
    category: 'APPLICATION',
    affectedCis: ['CI-00003'],
    impact: emergency ? 1 : 2,
    urgency: emergency ? 1 : 2,
    implementationPlan: 'Blue/green deployment behind edge-lb, then switch traffic.',
    testPlan: 'Smoke tests; place a test order with a 3-for-2 offer.',
    backoutPlan: 'Switch edge-lb back to the green pool running 2.8.3.',
    timeZone: 'UTC',
    emergency,
    plannedStart: hoursAhead(startHours),
    plannedEnd: hoursAhead(startHours + 2),
  });
  await requester.post(`/api/changes/${change.key}/submit`, {});
  return { key: change.key, title };
}

/** The first open task of one of the kinds on the record, as the admin sees every task. */
async function openTask(admin: Api, key: string, kinds: string[]): Promise<Task> {
  const pick = (tasks: Task[]) =>
    tasks.find((t) => t.changeKey === key && kinds.includes(t.kind));
  return pick(await admin.until<Task[]>('/api/tasks?scope=all', (all) => pick(all) !== undefined, 120_000))!;
}

async function release(
  engineer: Api,
  name: string,
  changeKey: string,
  startHours: number,
): Promise<string> {
  const created = await engineer.post<{ key: string }>('/api/releases', {
    name,
    type: 'DELTA',
    plannedStart: hoursAhead(startHours),
    plannedEnd: hoursAhead(startHours + 4),
    backoutPlan: 'Redeploy the previous artifacts wave by wave.',
    changeKeys: [changeKey],
  });
  return created.key;
}

/**
 * Builds it, then the other engineer and the change manager accept, the manager approves the plan
 * and, the changes being planned weeks ahead, records a window override so the rollout starts now.
 */
async function buildAndApprove(engineer: Api, otherEngineer: Api, manager: Api, key: string) {
  await engineer.post(`/api/releases/${encodeURIComponent(key)}/build`, {});
  await otherEngineer.complete(key, 'ACCEPT_RELEASE', { decision: 'accept' });
  await manager.complete(key, 'ACCEPT_RELEASE', { decision: 'accept' });
  await manager.complete(key, 'REVIEW_ROLLOUT_PLAN', { decision: 'approve' });
  await overrideRolloutWindows(manager, key);
  await engineer.complete(key, 'START_ROLLOUT', { decision: 'start' });
}

setup('seed the records every role looks at', async () => {
  setup.setTimeout(600_000);
  const [requester, manager, cab1, cab2, cab3, ecab, releng, releng2, admin] = await Promise.all(
    ['requester', 'manager', 'cab1', 'cab2', 'cab3', 'ecab', 'releng', 'releng2', 'admin'].map(
      (user) => Api.as(user),
    ),
  );
  const stamp = Date.now() % 1000;

  // Through review and the CAB: cab1, cab2 and cab3 approve, each with a word.
  const approvedChange = await fileChange(requester, `Fix discount rounding in checkout-api ${stamp}`, 100);
  const approved = approvedChange.key;
  await manager.complete(approved, 'REVIEW_RFC', { decision: 'accept' });
  await cab1.complete(approved, 'CAB_VOTE', { decision: 'approve', comment: 'orders-db is not touched' });
  await cab2.complete(approved, 'CAB_VOTE', { decision: 'approve', comment: 'No new ports or secrets' });
  await cab3.complete(approved, 'CAB_VOTE', { decision: 'approve', comment: 'Commerce team is on call' });
  await requester.until<{ state: string }>(
    `/api/changes/${approved}`,
    (c) => c.state === 'READY_FOR_RELEASE',
  );

  // In its CAB vote: cab2 abstained, cab1 and cab3 have yet to vote.
  const votingChange = await fileChange(requester, `Raise checkout-api pool size ${stamp}`, 110);
  const voting = votingChange.key;
  await manager.complete(voting, 'REVIEW_RFC', { decision: 'accept' });
  await cab2.complete(voting, 'CAB_VOTE', {
    decision: 'abstain',
    comment: 'Security has no stake in pool sizes',
  });
  const cab1Vote = await cab1.task(voting, 'CAB_VOTE');

  // An emergency: the change manager reviews, then it waits for the ECAB.
  const emergencyChange = await fileChange(requester, `Hotfix checkout-api payment timeout ${stamp}`, 2, true);
  const emergency = emergencyChange.key;
  const first = await openTask(admin, emergency, ['REVIEW_RFC', 'ECAB_APPROVAL']);
  if (first.kind === 'REVIEW_RFC') {
    await manager.complete(emergency, 'REVIEW_RFC', { decision: 'accept' });
  }
  const ecabApproval = await ecab.task(emergency, 'ECAB_APPROVAL');

  // A release rolled out wave by wave; releng says go at the canary's gate.
  const rolledOutChange = await readyStandardChange(`Restart staging checkout-api ${stamp}`, 130);
  const rolledOut = await release(releng, 'Checkout pool settings', rolledOutChange, 130);
  await buildAndApprove(releng, releng2, manager, rolledOut);
  await releng.complete(rolledOut, 'GO_NO_GO', { decision: 'go' });
  await releng.until<{ state: string }>(
    `/api/releases/${encodeURIComponent(rolledOut)}`,
    (r) => r.state === 'CLOSED',
    180_000,
  );

  // A release whose staging wave fails its verification every time: backed out.
  const backedOutChange = await readyStandardChange(`Restart staging checkout-api again ${stamp}`, 140);
  const backedOut = await release(releng, 'Checkout pool settings, second try', backedOutChange, 140);
  const plan = await releng.get<{ waves: { name: string }[] }>(
    `/api/releases/${encodeURIComponent(backedOut)}`,
  );
  expect(plan.waves.length).toBeGreaterThan(1);
  await releng.put(
    `/api/releases/${encodeURIComponent(backedOut)}/waves`,
    plan.waves.map((wave, i) => ({ ...wave, simulatedFailureRate: i === 1 ? 1 : 0 })),
  );
  await buildAndApprove(releng, releng2, manager, backedOut);
  await releng.until<{ state: string }>(
    `/api/releases/${encodeURIComponent(backedOut)}`,
    (r) => r.state === 'BACKED_OUT',
    180_000,
  );
  const managerPir = await manager.task(backedOutChange, 'PIR');

  // releng2 builds a release of the CAB-approved change: releng and the manager are to accept it.
  const pending = await release(releng2, 'Discount rounding fix', approved, 100);
  await releng2.post(`/api/releases/${encodeURIComponent(pending)}/build`, {});
  const relengAccept = await releng.task(pending, 'ACCEPT_RELEASE');
  const managerAccept = await manager.task(pending, 'ACCEPT_RELEASE');

  // A discovery tool saw new firmware on edge-lb, which no approved change covers: the change
  // managers are told, and it waits on the unauthorized-changes page.
  const firmware = `17.9.${stamp}a`;
  const [seen] = await observe('netscan', `seed-${Date.now()}`, [
    {
      ciKey: 'CI-00007',
      attribute: 'firmware',
      value: firmware,
      observedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    },
  ]);
  expect(seen.outcome).toBe('UNAUTHORIZED');

  saveScene({
    unauthorized: {
      id: seen.unauthorizedChangeId!,
      ciKey: 'CI-00007',
      ciName: 'edge-lb',
      attribute: 'firmware',
      value: firmware,
    },
    approved: approvedChange,
    voting: votingChange,
    emergency: emergencyChange,
    rolledOutChange,
    rolledOut,
    backedOut,
    backedOutChange,
    pending,
    tasks: {
      cab1Vote: cab1Vote.id,
      ecabApproval: ecabApproval.id,
      relengAccept: relengAccept.id,
      managerAccept: managerAccept.id,
      managerPir: managerPir.id,
    },
  });
  await Promise.all(
    [requester, manager, cab1, cab2, cab3, ecab, releng, releng2, admin].map((api) => api.dispose()),
  );
});
