// API-shaped unauthorized changes for tests: what GET /api/unauthorized-changes sends.

import {
  zKeysetPageUnauthorizedChangeView,
  zUnauthorizedChangeView,
} from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export function anUnauthorizedChange(overrides: Record<string, unknown> = {}) {
  return contractFixture(zUnauthorizedChangeView, {
    id: 7,
    ciKey: 'CI-00003',
    ciName: 'checkout-api',
    attribute: 'version',
    oldValue: '2.8.3',
    newValue: '9.9.9',
    observedAt: '2026-11-29T21:40:00Z',
    source: 'netscan',
    batchId: 'scan-0412',
    detectedAt: '2026-11-29T21:45:00Z',
    status: 'OPEN',
    changeKey: null,
    reason: null,
    resolvedBy: null,
    resolvedAt: null,
    ...overrides,
  });
}

export function aPage(items: unknown[], next: string | null = null) {
  return contractFixture(zKeysetPageUnauthorizedChangeView, { items, next });
}
