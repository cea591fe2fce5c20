// API-shaped tasks for tests: what GET /api/tasks/{id} sends.

export function aTask(overrides: Record<string, unknown> = {}) {
  return {
    id: '5b9d6c1e-0000-4000-8000-000000000001',
    changeKey: 'CHG-000042',
    changeTitle: 'Upgrade the orders database',
    elementId: 'cab_vote',
    kind: 'CAB_VOTE',
    title: 'CAB vote',
    assignee: 'cab1',
    candidateGroups: ['cab'],
    candidateUsers: [],
    dueAt: null,
    priority: 'P3',
    createdAt: '2026-03-01T09:00:00Z',
    state: 'OPEN',
    completedBy: null,
    completedAt: null,
    outcome: null,
    allowedToComplete: true,
    notAllowedReason: null,
    ...overrides,
  };
}
