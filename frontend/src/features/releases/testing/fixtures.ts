// API-shaped releases for tests: what GET /api/releases and GET /api/releases/{key} send.

import {
  zKeysetPageReleaseSummary,
  zReleaseSummary,
  zReleaseView,
  zWave,
  zWaveProgress,
} from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export const SHA = 'ab12'.repeat(16);

export function aWave(overrides: Record<string, unknown> = {}) {
  return contractFixture(zWave, {
    name: 'canary',
    environment: 'prod',
    percent: 10,
    manualGate: true,
    simulatedFailureRate: 0,
    ...overrides,
  });
}

export function aRelease(overrides: Record<string, unknown> = {}) {
  return contractFixture(zReleaseView, {
    key: 'REL-2026.11-3',
    name: 'November shop release',
    type: 'DELTA',
    releaseUnit: ['APPLICATION'],
    environments: ['staging', 'prod'],
    waves: [aWave(), aWave({ name: 'everyone', percent: 100, manualGate: false })],
    plannedStart: '2026-11-28T21:00:00Z',
    plannedEnd: '2026-11-29T01:00:00Z',
    releaseNotes: 'CHG-000042 Upgrade the orders database',
    backoutPlan: 'Redeploy the previous version.',
    state: 'DRAFT',
    createdBy: 'rita',
    createdAt: '2026-11-20T09:00:00Z',
    changes: [
      { key: 'CHG-000042', title: 'Upgrade the orders database', state: 'READY_FOR_RELEASE' },
    ],
    artifacts: [
      {
        id: 'a1a1a1a1-0000-4000-8000-000000000001',
        name: 'shop-api',
        version: '2.4.0',
        uri: 'https://dsl.example/shop-api-2.4.0.jar',
        size: 1048576,
        sha256: SHA,
        registeredBy: 'rita',
        registeredAt: '2026-11-20T10:00:00Z',
      },
    ],
    waveProgress: [],
    openTasks: [],
    history: [],
    visitedElements: [],
    artifactsLocked: false,
    rolloutRefusal: null,
    overrides: [],
    ...overrides,
  });
}

export function aReleaseSummary(key: string, overrides: Record<string, unknown> = {}) {
  return contractFixture(zReleaseSummary, {
    key,
    name: 'November shop release',
    type: 'DELTA',
    state: 'DRAFT',
    plannedStart: '2026-11-28T21:00:00Z',
    plannedEnd: '2026-11-29T01:00:00Z',
    changeCount: 1,
    updatedAt: '2026-11-20T09:00:00Z',
    createdAt: '2026-11-20T08:00:00Z',
    ...overrides,
  });
}

/** One page of GET /api/releases: summaries of `keys`, and the cursor of the next page. */
export function aReleasePage(keys: readonly string[], next: string | null = null) {
  return contractFixture(zKeysetPageReleaseSummary, {
    items: keys.map((key) => aReleaseSummary(key)),
    next,
  });
}

export function aWaveProgress(overrides: Record<string, unknown> = {}) {
  return contractFixture(zWaveProgress, {
    wave: 'canary',
    environment: 'prod',
    percent: 10,
    state: 'PENDING',
    outcome: 'Waiting',
    ...overrides,
  });
}
