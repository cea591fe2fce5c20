// API-shaped tasks for tests: what GET /api/tasks/{id} sends.

import { zTaskView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

/** A task id the contract accepts (a UUID), told apart in a test by a short name. */
export function taskId(name: string): string {
  const hex = [...name].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return `00000000-0000-4000-8000-${hex.padStart(12, '0').slice(-12)}`;
}

export function aTask(overrides: Record<string, unknown> = {}) {
  return contractFixture(zTaskView, {
    id: '5b9d6c1e-0000-4000-8000-000000000001',
    changeKey: 'CHG-000042',
    changeTitle: 'Upgrade the orders database',
    elementId: 'cab_vote',
    kind: 'CAB_VOTE',
    title: 'CAB vote',
    assignee: 'cab1',
    candidateGroups: ['cab'],
    candidateUsers: [],
    approverRoles: ['CAB_MEMBER'],
    priority: 'P3',
    createdAt: '2026-03-01T09:00:00Z',
    state: 'OPEN',
    overdue: false,
    allowedToComplete: true,
    claimable: false,
    unclaimable: true,
    delegable: false,
    version: 1,
    ...overrides,
  });
}
