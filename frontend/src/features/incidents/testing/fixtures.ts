// API-shaped incidents for tests: what GET /api/incidents sends.

import { zIncidentView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export function anIncident(overrides: Record<string, unknown> = {}) {
  return contractFixture(zIncidentView, {
    id: '1c2d3e4f-0000-4000-8000-000000000001',
    businessKey: 'CHG-000042',
    kind: 'CHANGE',
    elementId: 'check_schedule',
    jobType: 'check-schedule',
    jobKey: 2251799813685290,
    processInstanceKey: 2251799813685249,
    errorMessage: 'IllegalStateException: calendar service unreachable',
    createdAt: '2026-11-20T09:15:00Z',
    failedAt: '2026-11-20T09:15:00Z',
    failures: 1,
    state: 'OPEN',
    ...overrides,
  });
}
