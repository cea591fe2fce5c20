// API-shaped incidents for tests: what GET /api/incidents sends.

export function anIncident(overrides: Record<string, unknown> = {}) {
  return {
    id: 'inc-1',
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
    resolvedBy: null,
    resolvedAt: null,
    resolution: null,
    ...overrides,
  };
}
