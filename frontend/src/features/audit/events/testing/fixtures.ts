// API-shaped audit events for tests: what GET /api/audit/events and /api/audit/verify send.

import {
  zAuditEventView,
  zAuditVerification,
  zKeysetPageAuditEventView,
} from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export const HASH = 'ab'.repeat(32);

export function anEvent(seq: number, overrides: Record<string, unknown> = {}) {
  return contractFixture(zAuditEventView, {
    seq,
    at: '2026-11-20T09:00:00Z',
    actor: 'cab1',
    actorKind: 'PERSON',
    action: 'VoteCast',
    subjectType: 'CHANGE',
    subjectKey: 'CHG-000042',
    cis: ['CI-00004'],
    before: {},
    after: { decision: 'approve' },
    correlation: {},
    prevHash: '0'.repeat(64),
    hash: HASH,
    ...overrides,
  });
}

export function aPage(events: readonly unknown[], next: string | null = null) {
  return contractFixture(zKeysetPageAuditEventView, { items: events, next });
}

export function aVerification(overrides: Record<string, unknown> = {}) {
  return contractFixture(zAuditVerification, {
    intact: true,
    checkedRows: 1234,
    fromSeq: 1,
    headSeq: 1234,
    headHash: HASH,
    millis: 12,
    ...overrides,
  });
}
