// API-shaped CAB agenda entries for tests: what GET /api/cab/agenda sends.

import { zAgendaItem } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export function anAgendaChange(overrides: Record<string, unknown> = {}) {
  return contractFixture(zAgendaItem, {
    key: 'CHG-000042',
    title: 'Upgrade the orders database',
    priority: 'P2',
    risk: 'HIGH',
    plannedStart: '2026-11-24T20:00:00Z',
    plannedEnd: '2026-11-24T22:00:00Z',
    requester: 'ann',
    cabDeadline: '2026-11-23T18:00:00Z',
    tally: { approve: 2, reject: 0, abstain: 1, pending: 1 },
    quorum: [
      { role: 'CAB_MEMBER', needed: 2, approvals: 2, reached: true },
      { role: 'ECAB_MEMBER', needed: 1, approvals: 0, reached: false },
    ],
    quorumReached: false,
    vetoed: false,
    votes: [
      {
        approver: 'cab1',
        roles: ['CAB_MEMBER'],
        decision: 'approve',
        at: '2026-11-23T10:00:00Z',
      },
      {
        approver: 'cab2',
        roles: ['CAB_MEMBER'],
        decision: 'approve',
        comment: 'fine',
        at: '2026-11-23T11:00:00Z',
      },
      {
        approver: 'cab3',
        roles: ['CAB_MEMBER'],
        decision: 'abstain',
        comment: 'my team',
        at: '2026-11-23T12:00:00Z',
      },
      { approver: 'ecab', roles: ['ECAB_MEMBER'] },
    ],
    ...overrides,
  });
}
