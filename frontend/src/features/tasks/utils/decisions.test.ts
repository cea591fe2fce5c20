// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  DECISION_CONFIGS,
  decisionSchema,
  emptyDecision,
  pirSchema,
  rescheduleSchema,
} from './decisions';

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const review = decisionSchema(DECISION_CONFIGS.REVIEW_RFC!);
const vote = decisionSchema(DECISION_CONFIGS.CAB_VOTE!);
const ecab = decisionSchema(DECISION_CONFIGS.ECAB_APPROVAL!);
const acceptRelease = decisionSchema(DECISION_CONFIGS.ACCEPT_RELEASE!);
const rolloutPlan = decisionSchema(DECISION_CONFIGS.REVIEW_ROLLOUT_PLAN!);
const startRollout = decisionSchema(DECISION_CONFIGS.START_ROLLOUT!);
const goNoGo = decisionSchema(DECISION_CONFIGS.GO_NO_GO!);

describe('decision forms', () => {
  it('require a decision among the options of the task kind', () => {
    expect(errorsOf(vote.safeParse(emptyDecision))).toEqual({ decision: 'Choose a decision' });
    expect(errorsOf(ecab.safeParse({ ...emptyDecision, decision: 'abstain' }))).toEqual({
      decision: 'Choose a decision',
    });
  });

  it('require a comment to reject, and only then', () => {
    expect(
      errorsOf(vote.safeParse({ ...emptyDecision, decision: 'reject', comment: '  ' })),
    ).toEqual({
      comment: 'A comment is required to reject',
    });
    expect(errorsOf(ecab.safeParse({ ...emptyDecision, decision: 'reject' }))).toEqual({
      comment: 'A comment is required to reject',
    });
    expect(vote.parse({ ...emptyDecision, decision: 'approve' })).toEqual({ decision: 'approve' });
    expect(
      vote.parse({ ...emptyDecision, decision: 'abstain', comment: ' conflict of interest ' }),
    ).toEqual({
      decision: 'abstain',
      comment: 'conflict of interest',
    });
  });

  it('make a change manager say what information is missing', () => {
    expect(
      errorsOf(review.safeParse({ ...emptyDecision, decision: 'request_information' })),
    ).toEqual({
      comment: 'Say what information you need',
    });
  });

  it('require class and risk to reclassify, and send them only then', () => {
    expect(errorsOf(review.safeParse({ ...emptyDecision, decision: 'reclassify' }))).toEqual({
      changeClass: 'Choose the class',
      risk: 'Choose the risk',
    });
    expect(
      review.parse({
        ...emptyDecision,
        decision: 'reclassify',
        changeClass: 'NORMAL',
        risk: 'HIGH',
      }),
    ).toEqual({ decision: 'reclassify', changeClass: 'NORMAL', risk: 'HIGH' });
    expect(
      review.parse({ ...emptyDecision, decision: 'accept', changeClass: 'NORMAL', risk: 'LOW' }),
    ).toEqual({
      decision: 'accept',
    });
  });

  it('reject HTML in comments', () => {
    expect(
      errorsOf(vote.safeParse({ ...emptyDecision, decision: 'reject', comment: '<img src=x>' })),
    ).toEqual({
      comment: 'Remove the HTML tags from this text.',
    });
  });
});

describe('release decisions', () => {
  it('offer each release task its own decisions', () => {
    const values = (kind: keyof typeof DECISION_CONFIGS) =>
      DECISION_CONFIGS[kind]!.options.map((option) => option.value);
    expect(values('ACCEPT_RELEASE')).toEqual(['accept', 'reject']);
    expect(values('REVIEW_ROLLOUT_PLAN')).toEqual(['approve', 'reject']);
    expect(values('START_ROLLOUT')).toEqual(['start']);
    expect(values('GO_NO_GO')).toEqual(['go', 'no_go']);
    expect(errorsOf(startRollout.safeParse({ ...emptyDecision, decision: 'go' }))).toEqual({
      decision: 'Choose a decision',
    });
  });

  it('require a comment to reject a release or its rollout plan, and to say no go', () => {
    for (const schema of [acceptRelease, rolloutPlan]) {
      expect(errorsOf(schema.safeParse({ ...emptyDecision, decision: 'reject' }))).toEqual({
        comment: 'A comment is required to reject',
      });
    }
    expect(
      errorsOf(goNoGo.safeParse({ ...emptyDecision, decision: 'no_go', comment: ' ' })),
    ).toEqual({ comment: 'A comment is required to say no go' });
    expect(
      goNoGo.parse({ ...emptyDecision, decision: 'no_go', comment: 'Error rate up in canary' }),
    ).toEqual({ decision: 'no_go', comment: 'Error rate up in canary' });
  });

  it('need no comment to accept, approve, start or go', () => {
    expect(acceptRelease.parse({ ...emptyDecision, decision: 'accept' })).toEqual({
      decision: 'accept',
    });
    expect(rolloutPlan.parse({ ...emptyDecision, decision: 'approve' })).toEqual({
      decision: 'approve',
    });
    expect(startRollout.parse({ ...emptyDecision, decision: 'start' })).toEqual({
      decision: 'start',
    });
    expect(goNoGo.parse({ ...emptyDecision, decision: 'go' })).toEqual({ decision: 'go' });
  });
});

describe('reschedule form', () => {
  const schema = rescheduleSchema('Europe/Berlin');

  it('sends the new window as ISO date-times in the change time zone', () => {
    expect(
      schema.parse({
        plannedStart: '2026-07-01T22:00',
        plannedEnd: '2026-07-02T01:00',
        comment: '',
      }),
    ).toEqual({
      plannedStart: '2026-07-01T22:00:00+02:00',
      plannedEnd: '2026-07-02T01:00:00+02:00',
    });
  });

  it('wants both ends and the end after the start', () => {
    expect(errorsOf(schema.safeParse({ plannedStart: '', plannedEnd: '', comment: '' }))).toEqual({
      plannedStart: 'Fill in this field.',
      plannedEnd: 'Fill in this field.',
    });
    expect(
      errorsOf(
        schema.safeParse({
          plannedStart: '2026-07-01T22:00',
          plannedEnd: '2026-07-01T21:00',
          comment: '',
        }),
      ),
    ).toEqual({ plannedEnd: 'The planned end must be after the planned start.' });
  });
});

describe('PIR form', () => {
  it('requires an outcome and the lessons learned', () => {
    expect(errorsOf(pirSchema.safeParse({ outcome: null, lessons: ' ' }))).toEqual({
      outcome: 'Choose an outcome',
      lessons: 'Fill in this field.',
    });
    expect(errorsOf(pirSchema.safeParse({ outcome: 'failed', lessons: 'x'.repeat(5001) }))).toEqual(
      {
        lessons: 'Enter between 1 and 5000 characters or items.',
      },
    );
    expect(
      pirSchema.parse({ outcome: 'partially_successful', lessons: 'Test the backout.' }),
    ).toEqual({
      outcome: 'partially_successful',
      lessons: 'Test the backout.',
    });
  });
});
