import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { postChanges } from '@/api/generated/sdk.gen';
import type { ChangeRequestBody as ChangeRequestContract } from '@/api/generated/types.gen';
import { isOffsetDateTime, isValidTimeZone } from '@/lib/time-zone';

import { CATEGORIES } from '../utils/vocabulary';

import { changeQueryKey, type ChangeView } from './get-change';

// The server's rules for an RFC, field for field and with its messages (the backend's
// ValidationMessages.properties), so the form rejects what the server would and both say it the
// same way. A draft needs a title, and whatever else it has must be well formed; submitting it
// needs the rest too.

const HTML_TAG = /<[a-zA-Z/!]/;
const INCIDENT_REF = /^[A-Za-z0-9_.:#-]+$/;
const SHA256 = /^[0-9a-f]{64}$/;
export const MAX_ATTACHMENT_SIZE = 104_857_600;
const MAX_YEARS_AHEAD = 2;

/** A text the requester types: at most `max` characters, no HTML. */
function text(max: number, name: string, blank: string) {
  return z
    .string({ error: blank })
    .refine((value) => value.length <= max, `Shorten ${name} to at most ${max} characters.`)
    .refine((value) => !HTML_TAG.test(value), `Remove the HTML tags from ${name}.`);
}

/** The same text where a submitted RFC needs it. */
function filledIn(max: number, name: string, blank: string) {
  return text(max, name, blank).refine((value) => value.trim() !== '', blank);
}

function level(name: string) {
  return z
    .number({ error: `Choose the ${name}.` })
    .int(`Choose the ${name}.`)
    .min(1, `Choose an ${name} from 1 (high) to 3 (low).`)
    .max(3, `Choose an ${name} from 1 (high) to 3 (low).`);
}

function dateTime(name: string) {
  return z
    .string({ error: `Enter the ${name}.` })
    .refine(isOffsetDateTime, `Enter the ${name} as a date and time.`);
}

export const changeAttachmentSchema = z.object({
  name: z
    .string({ error: 'Give each attachment a file name.' })
    .refine((value) => value.trim() !== '', 'Give each attachment a file name.')
    .refine(
      (value) => value.length <= 255,
      "An attachment's file name can have at most 255 characters.",
    )
    .refine(
      (value) => !HTML_TAG.test(value),
      "Remove the HTML tags from the attachment's file name.",
    ),
  size: z
    .number({ error: "Give each attachment's size in bytes." })
    .int("Give each attachment's size in bytes.")
    .min(0, 'An attachment can be at most 100 MB.')
    .max(MAX_ATTACHMENT_SIZE, 'An attachment can be at most 100 MB.'),
  sha256: z.string().regex(SHA256, "Give each attachment's SHA-256 as 64 lowercase hex digits."),
});

function yearsAhead(years: number, now: number): number {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + years);
  return limit.getTime();
}

const category = z.enum(CATEGORIES, { error: 'Choose a category.' });
const affectedCis = z.array(z.string()).max(50, 'Choose at most 50 configuration items.');
const timeZone = z
  .string({ error: 'Choose the time zone of the planned window.' })
  .refine(isValidTimeZone, 'Choose a time zone such as Europe/Berlin.');

/** The rules of every RFC, draft or not. */
const wellFormed = {
  title: z
    .string({ error: 'Enter a title.' })
    .refine((value) => value.trim() !== '', 'Enter a title.')
    .refine(
      (value) => value.length >= 3 && value.length <= 200,
      'The title needs between 3 and 200 characters.',
    )
    .refine((value) => !HTML_TAG.test(value), 'Remove the HTML tags from the title.')
    .refine((value) => !/[<>]/.test(value), 'The title cannot contain < or >.'),
  implementer: z
    .string()
    .refine((value) => !HTML_TAG.test(value), "Remove the HTML tags from the implementer's name.")
    .optional(),
  incidentRefs: z
    .array(
      z
        .string()
        .min(1, 'Each incident reference needs between 1 and 40 characters.')
        .max(40, 'Each incident reference needs between 1 and 40 characters.')
        .regex(
          INCIDENT_REF,
          'An incident reference can only contain letters, digits and the signs _ . : # and -.',
        ),
    )
    .max(20, 'Refer to at most 20 incidents.'),
  attachments: z.array(changeAttachmentSchema).max(20, 'Attach at most 20 files.'),
  emergency: z.boolean(),
  changeModelId: z.string().optional(),
};

const TEXTS = {
  description: [20_000, 'the description', 'Describe what the change does.'],
  justification: [5_000, 'the justification', 'Explain why the change is needed.'],
  implementationPlan: [
    20_000,
    'the implementation plan',
    'Describe how the change will be implemented.',
  ],
  testPlan: [20_000, 'the test plan', 'Describe how you will test that the change worked.'],
  backoutPlan: [20_000, 'the backout plan', 'Describe how the change can be undone if it fails.'],
} as const;

type Window = { plannedStart?: string | null; plannedEnd?: string | null };

const windowChecked = [
  ({ plannedStart, plannedEnd }: Window, ctx: z.RefinementCtx) =>
    checkWindow(plannedStart, plannedEnd, ctx),
  // Runs even when other fields are wrong, so every problem shows at once.
  {
    when: ({ value, issues }: { value: unknown; issues: readonly z.core.$ZodRawIssue[] }) =>
      typeof value === 'object' &&
      value !== null &&
      !issues.some((issue) => /^planned/.test(String(issue.path?.[0]))),
  },
] as const;

/** What a draft needs: a title; the rest may be missing but not malformed. */
export const changeDraftSchema = z
  .object({
    ...wellFormed,
    description: text(...TEXTS.description).nullish(),
    justification: text(...TEXTS.justification).nullish(),
    // The contract has no null category: a draft without one leaves it out.
    category: category.nullish().transform((value) => value ?? undefined),
    affectedCis,
    impact: level('impact').nullish(),
    urgency: level('urgency').nullish(),
    implementationPlan: text(...TEXTS.implementationPlan).nullish(),
    testPlan: text(...TEXTS.testPlan).nullish(),
    backoutPlan: text(...TEXTS.backoutPlan).nullish(),
    plannedStart: dateTime('planned start').nullish(),
    plannedEnd: dateTime('planned end').nullish(),
    timeZone: timeZone.nullish(),
  })
  .superRefine(...windowChecked) satisfies z.ZodType<ChangeRequestContract>;

/** What a submitted RFC needs (`POST /api/changes/{key}/submit` checks it). */
export const changeRequestSchema = z
  .object({
    ...wellFormed,
    description: filledIn(...TEXTS.description),
    justification: filledIn(...TEXTS.justification),
    category,
    affectedCis: affectedCis.min(1, 'Choose at least one configuration item.'),
    impact: level('impact'),
    urgency: level('urgency'),
    implementationPlan: filledIn(...TEXTS.implementationPlan),
    testPlan: filledIn(...TEXTS.testPlan),
    backoutPlan: filledIn(...TEXTS.backoutPlan),
    plannedStart: dateTime('planned start'),
    plannedEnd: dateTime('planned end'),
    timeZone,
  })
  .superRefine(...windowChecked) satisfies z.ZodType<ChangeRequestContract>;

function checkWindow(
  plannedStart: string | null | undefined,
  plannedEnd: string | null | undefined,
  ctx: z.RefinementCtx,
) {
  const start = Date.parse(plannedStart ?? '');
  const end = Date.parse(plannedEnd ?? '');
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
    ctx.addIssue({
      code: 'custom',
      path: ['plannedEnd'],
      message: 'The planned end must be after the planned start.',
    });
  }
  if (!Number.isNaN(start) && start > yearsAhead(MAX_YEARS_AHEAD, Date.now())) {
    ctx.addIssue({
      code: 'custom',
      path: ['plannedStart'],
      message: `The planned start can be at most ${MAX_YEARS_AHEAD} years ahead.`,
    });
  }
}

/** A request body of the contract (the schemas satisfy it), held to a draft's rules at least. */
export type ChangeRequestBody = z.output<typeof changeDraftSchema>;

/** A body held to the rules of a submitted RFC: everything filled in. */
export type CompleteChangeRequest = z.output<typeof changeRequestSchema>;

export const CHANGE_REQUEST_FIELDS = Object.keys(changeRequestSchema.shape);

export async function createChange(body: ChangeRequestBody): Promise<ChangeView> {
  return (await postChanges({ body })).data;
}

export function useCreateChange() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: createChange,
    onSuccess: (change) => {
      queryClient.setQueryData(changeQueryKey(change.key), change);
      void queryClient.invalidateQueries({ queryKey: ['changes', 'list'] });
    },
  });
}
