// API-shaped changes for tests: what GET /api/changes/{key} sends.

import { zChangeSummary, zChangeView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

const inDays = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString().replace('.000Z', 'Z');
};

export function aChange(overrides: Record<string, unknown> = {}) {
  return contractFixture(zChangeView, {
    key: 'CHG-000042',
    title: 'Upgrade the orders database',
    state: 'DRAFT',
    changeClass: 'NORMAL',
    risk: 'MEDIUM',
    priority: 'P3',
    requester: 'ann',
    plannedStart: inDays(14, 20),
    plannedEnd: inDays(14, 23),
    timeZone: 'Europe/Berlin',
    updatedAt: '2026-03-01T10:00:00Z',
    description: 'Minor version upgrade of PostgreSQL.',
    justification: 'Security fixes.',
    category: 'DATABASE',
    implementer: 'bob',
    affectedCis: ['CI-00004'],
    cis: [
      {
        key: 'CI-00004',
        name: 'orders-db',
        type: 'DATABASE',
        environment: 'prod',
        criticality: 'HIGH',
        ownerGroup: 'dba',
        version: '15.4',
        lifecycleStatus: 'IN_SERVICE',
        attributes: {},
      },
    ],
    impact: 2,
    urgency: 2,
    implementationPlan: 'Fail over, upgrade, fail back.',
    testPlan: 'Smoke tests.',
    backoutPlan: 'Restore the snapshot.',
    incidentRefs: ['INC-1234'],
    attachments: [{ name: 'runbook.pdf', size: 2048, sha256: 'a'.repeat(64) }],
    emergency: false,
    revision: 1,
    createdAt: '2026-03-01T09:00:00Z',
    history: [],
    releases: [],
    ...overrides,
  });
}

export function aSummary(key: string, overrides: Record<string, unknown> = {}) {
  const { key: _key, ...change } = aChange();
  return contractFixture(zChangeSummary, {
    key,
    title: change.title,
    state: change.state,
    changeClass: change.changeClass,
    risk: change.risk,
    priority: change.priority,
    requester: change.requester,
    plannedStart: '2026-03-14T21:00:00Z',
    plannedEnd: '2026-03-15T01:00:00Z',
    timeZone: change.timeZone,
    updatedAt: change.updatedAt,
    ...overrides,
  });
}
