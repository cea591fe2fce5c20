import { z } from 'zod';

import type { TaskDecision } from '@/api/generated/types.gen';
import { wallTimeToIso } from '@/lib/time-zone';

import type { TaskKind } from '../api/get-tasks';

// What completing each kind of task asks for, with the server's rules.

const HTML_TAG = /<[a-zA-Z/!]/;

const comment = z
  .string()
  .max(5000, 'Enter between 0 and 5000 characters or items.')
  .refine((value) => !HTML_TAG.test(value), 'Remove the HTML tags from this text.');

export type Option = { value: string; label: string };

export type DecisionConfig = {
  options: readonly Option[];
  /** Decisions that need a comment, with what to tell the user when it is missing. */
  commentRequired: Readonly<Record<string, string>>;
  /** REVIEW_RFC may reclassify: then class and risk are required. */
  reclassify?: boolean;
};

const REQUIRED_TO_REJECT = { reject: 'A comment is required to reject' };
const APPROVE_REJECT = [
  { value: 'approve', label: 'Approve' },
  { value: 'reject', label: 'Reject' },
];

export const DECISION_CONFIGS: Partial<Record<TaskKind, DecisionConfig>> = {
  REVIEW_RFC: {
    options: [
      { value: 'accept', label: 'Accept' },
      { value: 'reject', label: 'Reject' },
      { value: 'request_information', label: 'Request information' },
      { value: 'reclassify', label: 'Reclassify' },
    ],
    commentRequired: {
      ...REQUIRED_TO_REJECT,
      request_information: 'Say what information you need',
    },
    reclassify: true,
  },
  CAB_VOTE: {
    options: [...APPROVE_REJECT, { value: 'abstain', label: 'Abstain' }],
    commentRequired: REQUIRED_TO_REJECT,
  },
  ECAB_APPROVAL: { options: APPROVE_REJECT, commentRequired: REQUIRED_TO_REJECT },
  DECIDE_ESCALATED: { options: APPROVE_REJECT, commentRequired: REQUIRED_TO_REJECT },
  READY_FOR_RELEASE: {
    options: [
      { value: 'implemented', label: 'Implemented' },
      { value: 'backed_out', label: 'Backed out' },
    ],
    commentRequired: {},
  },
  ACCEPT_RELEASE: {
    options: [
      { value: 'accept', label: 'Accept' },
      { value: 'reject', label: 'Reject' },
    ],
    commentRequired: REQUIRED_TO_REJECT,
  },
  REVIEW_ROLLOUT_PLAN: { options: APPROVE_REJECT, commentRequired: REQUIRED_TO_REJECT },
  START_ROLLOUT: { options: [{ value: 'start', label: 'Start rollout' }], commentRequired: {} },
  GO_NO_GO: {
    options: [
      { value: 'go', label: 'Go' },
      { value: 'no_go', label: 'No go' },
    ],
    commentRequired: { no_go: 'A comment is required to say no go' },
  },
};

export const CHANGE_CLASS_OPTIONS: readonly Option[] = [
  { value: 'STANDARD', label: 'Standard' },
  { value: 'NORMAL', label: 'Normal' },
  { value: 'EMERGENCY', label: 'Emergency' },
];
export const RISK_OPTIONS: readonly Option[] = [
  { value: 'LOW', label: 'Low' },
  { value: 'MEDIUM', label: 'Medium' },
  { value: 'HIGH', label: 'High' },
];

/** The body of POST /api/tasks/{id}/complete; its fields depend on the task's kind. */
export type CompletionBody = TaskDecision;

export type DecisionValues = {
  decision: string | null;
  comment: string;
  changeClass: string | null;
  risk: string | null;
};

export const emptyDecision: DecisionValues = {
  decision: null,
  comment: '',
  changeClass: null,
  risk: null,
};

const isOneOf = (options: readonly Option[], value: string | null) =>
  value !== null && options.some((option) => option.value === value);

/** Form values in; the completion body out. Blank comments are left out. */
export function decisionSchema(config: DecisionConfig) {
  return z
    .object({
      decision: z.string().nullable(),
      comment,
      changeClass: z.string().nullable(),
      risk: z.string().nullable(),
    })
    .superRefine((values, ctx) => {
      if (!isOneOf(config.options, values.decision)) {
        ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Choose a decision' });
        return;
      }
      const needsComment = config.commentRequired[values.decision!];
      if (needsComment && !values.comment.trim()) {
        ctx.addIssue({ code: 'custom', path: ['comment'], message: needsComment });
      }
      if (config.reclassify && values.decision === 'reclassify') {
        if (!isOneOf(CHANGE_CLASS_OPTIONS, values.changeClass)) {
          ctx.addIssue({ code: 'custom', path: ['changeClass'], message: 'Choose the class' });
        }
        if (!isOneOf(RISK_OPTIONS, values.risk)) {
          ctx.addIssue({ code: 'custom', path: ['risk'], message: 'Choose the risk' });
        }
      }
    })
    .transform(({ decision, comment: text, changeClass, risk }): CompletionBody => ({
      decision: decision!,
      ...(text.trim() ? { comment: text.trim() } : {}),
      ...(decision === 'reclassify' ? { changeClass: changeClass!, risk: risk! } : {}),
    }));
}

export type RescheduleValues = { plannedStart: string; plannedEnd: string; comment: string };

/** RESOLVE_CONFLICT: a new window, as wall-clock times in the change's time zone. */
export function rescheduleSchema(timeZone: string) {
  return z
    .object({ plannedStart: z.string(), plannedEnd: z.string(), comment })
    .superRefine((values, ctx) => {
      const start = wallTimeToIso(values.plannedStart, timeZone);
      const end = wallTimeToIso(values.plannedEnd, timeZone);
      if (!start)
        ctx.addIssue({ code: 'custom', path: ['plannedStart'], message: 'Fill in this field.' });
      if (!end)
        ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'Fill in this field.' });
      if (start && end && Date.parse(end) <= Date.parse(start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['plannedEnd'],
          message: 'The planned end must be after the planned start.',
        });
      }
    })
    .transform(({ plannedStart, plannedEnd, comment: text }): CompletionBody => ({
      plannedStart: wallTimeToIso(plannedStart, timeZone),
      plannedEnd: wallTimeToIso(plannedEnd, timeZone),
      ...(text.trim() ? { comment: text.trim() } : {}),
    }));
}

export const PIR_OUTCOMES: readonly Option[] = [
  { value: 'successful', label: 'Successful' },
  { value: 'partially_successful', label: 'Partially successful' },
  { value: 'failed', label: 'Failed' },
  { value: 'backed_out', label: 'Backed out' },
];

export type PirValues = { outcome: string | null; lessons: string };

/** PIR: how the change went and what was learned. */
export const pirSchema = z
  .object({
    outcome: z.string().nullable(),
    lessons: z
      .string()
      .refine((value) => value.trim().length > 0, 'Fill in this field.')
      .refine((value) => value.length <= 5000, 'Enter between 1 and 5000 characters or items.')
      .refine((value) => !HTML_TAG.test(value), 'Remove the HTML tags from this text.'),
  })
  .superRefine(({ outcome }, ctx) => {
    if (!isOneOf(PIR_OUTCOMES, outcome)) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Choose an outcome' });
    }
  })
  .transform(({ outcome, lessons }): CompletionBody => ({ outcome: outcome!, lessons }));
