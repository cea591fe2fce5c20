// API-shaped change models for tests: what GET /api/change-models sends.

import { zChangeModelView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export function aChangeModel(overrides: Record<string, unknown> = {}) {
  return contractFixture(zChangeModelView, {
    id: '6a1f0c2e-0000-4000-8000-000000000001',
    name: 'Restart app server',
    description: 'A rolling restart of one application server.',
    category: 'INFRASTRUCTURE',
    implementationPlan: 'Drain the node at edge-lb, restart, rejoin.',
    testPlan: 'Health check answers 200.',
    backoutPlan: 'Rejoin the node unchanged.',
    allowedCiTypes: ['SERVER'],
    active: true,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
    ...overrides,
  });
}
