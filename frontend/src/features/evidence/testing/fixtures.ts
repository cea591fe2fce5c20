// API-shaped evidence for tests: what GET /api/changes/{key}/evidence sends.

import { zAuditEventView, zChangeEvidence } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export const HASH = 'c0ffee'.repeat(10) + 'beef';

export function anEvent(seq: number, overrides: Record<string, unknown> = {}) {
  return contractFixture(zAuditEventView, {
    seq,
    at: '2026-11-20T09:00:00Z',
    actor: 'ann',
    actorKind: 'PERSON',
    action: 'ChangeSubmitted',
    subjectType: 'CHANGE',
    subjectKey: 'CHG-000042',
    cis: ['CI-00004'],
    before: {},
    after: {},
    correlation: {},
    prevHash: '0'.repeat(64),
    hash: HASH,
    ...overrides,
  });
}

export function anEvidence(overrides: Record<string, unknown> = {}) {
  return contractFixture(zChangeEvidence, {
    change: {
      key: 'CHG-000042',
      title: 'Upgrade the orders database',
      description: 'Minor version upgrade of PostgreSQL.',
      justification: 'Security fixes.',
      category: 'DATABASE',
      requester: 'ann',
      implementer: 'bob',
      affectedCis: ['CI-00004'],
      cis: [
        {
          key: 'CI-00004',
          name: 'orders-db',
          type: 'DATABASE',
          lifecycleStatus: 'IN_SERVICE',
          attributes: {},
        },
      ],
      impact: 2,
      urgency: 2,
      implementationPlan: 'Fail over, upgrade, fail back.',
      testPlan: 'Smoke tests.',
      backoutPlan: 'Restore the snapshot.',
      plannedStart: '2026-12-01T21:00:00+01:00',
      plannedEnd: '2026-12-01T23:00:00+01:00',
      timeZone: 'Europe/Berlin',
      incidentRefs: [],
      emergency: false,
      state: 'CLOSED',
      changeClass: 'NORMAL',
      risk: 'MEDIUM',
      priority: 'P3',
      revision: 1,
      createdAt: '2026-11-20T08:00:00Z',
      submittedAt: '2026-11-20T09:00:00Z',
      attachments: [],
      history: [],
      releases: [],
    },
    classification: {
      changeClass: 'NORMAL',
      risk: 'MEDIUM',
      priority: 'P3',
      inputs: { category: 'DATABASE', impact: 2, criticality: 'HIGH' },
      outputs: { changeClass: 'NORMAL', risk: 'MEDIUM', approvalRoute: 'CAB' },
      decisionId: 'change_classification',
      decisionVersion: '3',
      at: '2026-11-20T09:00:01Z',
      actor: 'system',
    },
    votes: [
      {
        kind: 'CAB_VOTE',
        approver: 'cab1',
        approverName: 'Casey Cab',
        roles: ['CAB'],
        decision: 'approve',
        comment: 'orders-db is not touched <b>twice</b>',
        at: '2026-11-21T10:00:00Z',
        state: 'COMPLETED',
      },
      {
        kind: 'CAB_VOTE',
        approver: 'cab2',
        approverName: 'Charlie Cab',
        roles: ['CAB'],
        decision: 'reject',
        comment: 'No backout tested',
        at: '2026-11-21T11:00:00Z',
        state: 'COMPLETED',
      },
    ],
    cabRound: {
      startedAt: '2026-11-21T09:00:00Z',
      requiredRoles: [{ role: 'CAB', quorum: 2 }],
      approvers: [{ user: 'cab1', roles: ['CAB'] }],
      deadline: '2026-11-25T09:00:00Z',
    },
    schedule: {
      plannedStart: '2026-12-01T21:00:00+01:00',
      plannedEnd: '2026-12-01T23:00:00+01:00',
      timeZone: 'Europe/Berlin',
      steps: [
        {
          at: '2026-11-22T08:00:00Z',
          elementId: 'check_schedule',
          stepName: 'Schedule conflict',
          outcome: 'conflict',
          detail: 'Conflicts with CHG-000041',
        },
      ],
    },
    releases: [
      {
        key: 'REL-2026.11-3',
        name: 'November shop release',
        state: 'BACKED_OUT',
        testsPassed: 128,
        testsFailed: 0,
        waves: [
          {
            wave: 'staging',
            environment: 'staging',
            percent: 100,
            state: 'BACKED_OUT',
            deployedAt: '2026-11-23T10:00:00Z',
            backedOutAt: '2026-11-23T10:30:00Z',
            failureReason: 'Error rate 4.2% above the 1.0% budget',
          },
        ],
        failures: [
          {
            action: 'VERIFY',
            wave: 'staging',
            at: '2026-11-23T10:20:00Z',
            reason: 'Error rate 4.2% above the 1.0% budget',
          },
        ],
      },
    ],
    pir: {
      reviewer: 'manager',
      reviewerName: 'Morgan Manager',
      outcome: 'backed_out',
      comment: 'Canary caught it',
      lessons: 'Verify staging with production-like load',
      at: '2026-11-24T09:00:00Z',
      state: 'COMPLETED',
    },
    path: [
      { elementId: 'rfc_submitted', name: 'RFC submitted', at: '2026-11-20T09:00:00Z' },
      {
        elementId: 'cab_vote',
        name: 'CAB vote',
        at: '2026-11-21T10:00:00Z',
        actor: 'cab1',
        outcome: 'approve',
      },
    ],
    events: [anEvent(7), anEvent(8, { action: 'VoteCast', actor: 'cab1' })],
    ...overrides,
  });
}
