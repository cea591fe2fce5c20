// API-shaped CMDB answers for tests, after the demo CMDB: checkout-api runs on app-server-01 and
// is part of the Web shop business service.

import {
  zCiHistoryView,
  zCiView,
  zImpactView,
  zKeysetPageCiView,
  zKeysetPageChangeSummary,
  zRelationView,
} from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export function aCi(overrides: Record<string, unknown> = {}) {
  return contractFixture(zCiView, {
    key: 'CI-00003',
    name: 'checkout-api',
    type: 'APPLICATION',
    environment: 'prod',
    criticality: 'HIGH',
    ownerGroup: 'payments-team',
    version: '2.8.3',
    location: 'eu-central-1',
    lifecycleStatus: 'IN_SERVICE',
    attributes: { language: 'Java', replicas: 3 },
    ...overrides,
  });
}

export const webShop = () =>
  aCi({
    key: 'CI-00001',
    name: 'Web shop',
    type: 'BUSINESS_SERVICE',
    criticality: 'CRITICAL',
    ownerGroup: 'e-commerce',
    version: null,
    attributes: { users: 'All online customers' },
  });

export const appServer = () =>
  aCi({
    key: 'CI-00005',
    name: 'app-server-01',
    type: 'SERVER',
    criticality: 'HIGH',
    ownerGroup: 'platform-team',
    version: null,
    attributes: {},
  });

export const edgeLb = () =>
  aCi({ key: 'CI-00007', name: 'edge-lb', type: 'NETWORK', version: null, attributes: {} });

export function aCiPage(items: unknown[], next: string | null = null) {
  return contractFixture(zKeysetPageCiView, { items, next });
}

export function relations(list: { source: string; type: string; target: string }[]) {
  return list.map((relation) => contractFixture(zRelationView, relation));
}

/** What a change to app-server-01 reaches: checkout-api, then the Web shop. */
export function anImpact() {
  const impacted = (
    key: string,
    name: string,
    type: string,
    depth: number,
    path: string[],
    more = {},
  ) => ({
    key,
    name,
    type,
    environment: 'prod',
    criticality: type === 'BUSINESS_SERVICE' ? 'CRITICAL' : 'HIGH',
    ownerGroup: 'platform-team',
    depth,
    path,
    ...more,
  });
  const service = impacted(
    'CI-00001',
    'Web shop',
    'BUSINESS_SERVICE',
    2,
    ['CI-00005', 'CI-00003', 'CI-00001'],
    {
      users: 'All online customers',
    },
  );
  return contractFixture(zImpactView, {
    starts: ['CI-00005'],
    impacted: [
      impacted('CI-00005', 'app-server-01', 'SERVER', 0, ['CI-00005']),
      impacted('CI-00003', 'checkout-api', 'APPLICATION', 1, ['CI-00005', 'CI-00003']),
      service,
    ],
    relations: [
      { source: 'CI-00003', type: 'RUNS_ON', target: 'CI-00005' },
      { source: 'CI-00003', type: 'PART_OF', target: 'CI-00001' },
    ],
    businessServices: [service],
    highestServiceCriticality: 'CRITICAL',
    highestCriticality: 'CRITICAL',
  });
}

export function aHistoryEntry(overrides: Record<string, unknown> = {}) {
  return contractFixture(zCiHistoryView, {
    at: '2026-11-29T10:00:00Z',
    field: 'version',
    oldValue: '2.8.3',
    newValue: '4.2.0',
    cause: 'RELEASE',
    releaseKey: 'REL-2026.11-1',
    changeKey: null,
    changeKeys: ['CHG-000007'],
    actor: 'releng',
    ...overrides,
  });
}

export function aChangePage(items: Record<string, unknown>[]) {
  return contractFixture(zKeysetPageChangeSummary, {
    items: items.map((item) => ({
      key: 'CHG-000007',
      title: 'Upgrade checkout-api to 4.2.0',
      state: 'CLOSED',
      requester: 'requester',
      submittedAt: '2026-11-20T09:00:00Z',
      implementedAt: '2026-11-29T10:00:00Z',
      ...item,
    })),
    next: null,
  });
}
