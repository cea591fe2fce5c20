// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import {
  changeDraftSchema,
  changeRequestSchema,
  type CompleteChangeRequest,
} from './create-change';

const valid: CompleteChangeRequest = {
  title: 'Upgrade PostgreSQL to 17',
  description: 'Minor upgrade of the orders database.',
  justification: 'Security fixes.',
  category: 'DATABASE',
  affectedCis: ['CI-00004'],
  impact: 2,
  urgency: 3,
  implementationPlan: 'Fail over, upgrade, fail back.',
  testPlan: 'Smoke tests.',
  backoutPlan: 'Restore the snapshot.',
  plannedStart: '2026-03-14T22:00:00+01:00',
  plannedEnd: '2026-03-15T02:00:00+01:00',
  timeZone: 'Europe/Berlin',
  incidentRefs: ['INC-1234', 'PRB:77'],
  attachments: [{ name: 'runbook.pdf', size: 2048, sha256: 'a'.repeat(64) }],
  emergency: false,
};

/** Field path -> messages of the issues the schema reports for `body`. */
function errorsOf(
  body: unknown,
  schema: z.ZodType = changeRequestSchema,
): Record<string, string[]> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    (errors[path] ??= []).push(issue.message);
  }
  return errors;
}

const withField = (patch: Record<string, unknown>) => ({ ...valid, ...patch });

describe('changeRequestSchema', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts a complete RFC, with or without the optional fields', () => {
    expect(errorsOf(valid)).toEqual({});
    expect(errorsOf(withField({ implementer: 'bob', changeModelId: 'model-1' }))).toEqual({});
  });

  it('wants a title of 3 to 200 characters', () => {
    expect(errorsOf(withField({ title: 'ab' }))).toEqual({
      title: ['The title needs between 3 and 200 characters.'],
    });
    expect(errorsOf(withField({ title: 'x'.repeat(201) }))).toEqual({
      title: ['The title needs between 3 and 200 characters.'],
    });
    expect(errorsOf(withField({ title: '   ' }))).toHaveProperty('title.0', 'Enter a title.');
  });

  it('rejects HTML in the title and any angle bracket there', () => {
    expect(errorsOf(withField({ title: 'Patch <b>now</b>' })).title?.[0]).toBe(
      'Remove the HTML tags from the title.',
    );
    expect(errorsOf(withField({ title: 'Upgrade a > b' }))).toEqual({
      title: ['The title cannot contain < or >.'],
    });
  });

  it('rejects HTML tags, comments and closing tags in every text field', () => {
    expect(errorsOf(withField({ description: 'see <script>x</script>' }))).toEqual({
      description: ['Remove the HTML tags from the description.'],
    });
    expect(errorsOf(withField({ backoutPlan: 'restore <!-- hidden -->' }))).toEqual({
      backoutPlan: ['Remove the HTML tags from the backout plan.'],
    });
    expect(errorsOf(withField({ justification: 'ends </p>' }))).toEqual({
      justification: ['Remove the HTML tags from the justification.'],
    });
    // A comparison is not a tag.
    expect(errorsOf(withField({ testPlan: 'latency < 5 ms and 3 > 2' }))).toEqual({});
  });

  it('limits the long texts', () => {
    expect(errorsOf(withField({ justification: 'x'.repeat(5001) }))).toEqual({
      justification: ['Shorten the justification to at most 5000 characters.'],
    });
    expect(errorsOf(withField({ implementationPlan: 'x'.repeat(20_001) }))).toEqual({
      implementationPlan: ['Shorten the implementation plan to at most 20000 characters.'],
    });
    expect(errorsOf(withField({ description: '' }))).toEqual({
      description: ['Describe what the change does.'],
    });
  });

  it('requires a category and impact and urgency from 1 to 3', () => {
    expect(errorsOf(withField({ category: null }))).toEqual({ category: ['Choose a category.'] });
    expect(errorsOf(withField({ impact: 9 }))).toEqual({
      impact: ['Choose an impact from 1 (high) to 3 (low).'],
    });
    expect(errorsOf(withField({ urgency: 0 }))).toEqual({
      urgency: ['Choose an urgency from 1 (high) to 3 (low).'],
    });
    expect(errorsOf(withField({ impact: null }))).toEqual({ impact: ['Choose the impact.'] });
  });

  it('puts an end before (or at) the start on plannedEnd', () => {
    expect(errorsOf(withField({ plannedEnd: '2026-03-14T21:00:00+01:00' }))).toEqual({
      plannedEnd: ['The planned end must be after the planned start.'],
    });
    expect(errorsOf(withField({ plannedEnd: '2026-03-14T21:00:00Z' }))).toEqual({
      plannedEnd: ['The planned end must be after the planned start.'],
    });
  });

  it('requires both ends of the window and lets it start at most 2 years ahead', () => {
    expect(errorsOf(withField({ plannedStart: null }))).toEqual({
      plannedStart: ['Enter the planned start.'],
    });
    expect(errorsOf(withField({ plannedStart: '' }))).toEqual({
      plannedStart: ['Enter the planned start as a date and time.'],
    });
    expect(
      errorsOf(
        withField({ plannedStart: '2028-03-02T10:00:00Z', plannedEnd: '2028-03-02T12:00:00Z' }),
      ),
    ).toEqual({ plannedStart: ['The planned start can be at most 2 years ahead.'] });
    expect(
      errorsOf(
        withField({ plannedStart: '2028-02-29T10:00:00Z', plannedEnd: '2028-02-29T12:00:00Z' }),
      ),
    ).toEqual({});
  });

  it('wants an IANA time zone', () => {
    expect(errorsOf(withField({ timeZone: 'Mars/Olympus' }))).toEqual({
      timeZone: ['Choose a time zone such as Europe/Berlin.'],
    });
    expect(errorsOf(withField({ timeZone: 'UTC' }))).toEqual({});
  });

  it('checks incident references one by one and counts them', () => {
    expect(errorsOf(withField({ incidentRefs: ['INC 12'] }))).toEqual({
      'incidentRefs.0': [
        'An incident reference can only contain letters, digits and the signs _ . : # and -.',
      ],
    });
    expect(errorsOf(withField({ incidentRefs: ['ok', 'x'.repeat(41)] }))).toEqual({
      'incidentRefs.1': ['Each incident reference needs between 1 and 40 characters.'],
    });
    expect(
      errorsOf(withField({ incidentRefs: Array.from({ length: 21 }, (_, i) => `INC-${i}`) })),
    ).toEqual({
      incidentRefs: ['Refer to at most 20 incidents.'],
    });
  });

  it('checks attachment metadata: sha256 as 64 lowercase hex, size up to 100 MiB', () => {
    const attachment = valid.attachments[0]!;
    expect(
      errorsOf(withField({ attachments: [{ ...attachment, sha256: 'A'.repeat(64) }] })),
    ).toEqual({
      'attachments.0.sha256': ["Give each attachment's SHA-256 as 64 lowercase hex digits."],
    });
    expect(errorsOf(withField({ attachments: [{ ...attachment, sha256: 'abc' }] }))).toEqual({
      'attachments.0.sha256': ["Give each attachment's SHA-256 as 64 lowercase hex digits."],
    });
    expect(errorsOf(withField({ attachments: [{ ...attachment, size: 104_857_601 }] }))).toEqual({
      'attachments.0.size': ['An attachment can be at most 100 MB.'],
    });
    expect(errorsOf(withField({ attachments: [{ ...attachment, name: '' }] }))).toHaveProperty(
      'attachments.0.name',
    );
  });

  it('allows at most 50 affected CIs and 20 attachments', () => {
    expect(
      errorsOf(withField({ affectedCis: Array.from({ length: 51 }, (_, i) => `CI-${i}`) })),
    ).toEqual({
      affectedCis: ['Choose at most 50 configuration items.'],
    });
    expect(
      errorsOf(withField({ attachments: Array.from({ length: 21 }, () => valid.attachments[0]) })),
    ).toEqual({
      attachments: ['Attach at most 20 files.'],
    });
  });

  it('needs at least one affected CI to submit', () => {
    expect(errorsOf(withField({ affectedCis: [] }))).toEqual({
      affectedCis: ['Choose at least one configuration item.'],
    });
  });

  it('speaks plainly: no message says "must not"', () => {
    const everythingWrong = {
      title: '<',
      description: '<b>x</b>',
      justification: 'x'.repeat(5001),
      affectedCis: [],
      impact: 0,
      urgency: 4,
      implementationPlan: '',
      testPlan: null,
      plannedStart: '2030-01-01T10:00:00Z',
      plannedEnd: '2030-01-01T09:00:00Z',
      timeZone: 'Mars/Olympus',
      incidentRefs: ['INC 1'],
      attachments: [{ name: '', size: -1, sha256: 'x' }],
      emergency: false,
    };
    const messages = Object.values(errorsOf(everythingWrong)).flat();
    expect(messages.length).toBeGreaterThan(12);
    for (const message of messages) {
      expect(message).not.toMatch(/must not/i);
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('changeDraftSchema', () => {
  it('accepts a draft with only a title and leaves out its empty category', () => {
    const draft = changeDraftSchema.safeParse({
      title: 'Rotate the edge-lb certificates',
      description: '',
      category: null,
      affectedCis: [],
      impact: null,
      urgency: null,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'Europe/Berlin',
      incidentRefs: [],
      attachments: [],
      emergency: false,
    });
    expect(draft.success).toBe(true);
    expect(draft.data).not.toHaveProperty('category', null);
    expect(draft.data?.category).toBeUndefined();
  });

  it('still needs the title and checks what is there', () => {
    expect(errorsOf({ ...valid, title: '' }, changeDraftSchema)).toHaveProperty(
      'title.0',
      'Enter a title.',
    );
    expect(
      errorsOf(
        {
          title: 'Rotate',
          description: '<i>x</i>',
          impact: 7,
          incidentRefs: [],
          attachments: [],
          emergency: false,
          affectedCis: [],
        },
        changeDraftSchema,
      ),
    ).toEqual({
      description: ['Remove the HTML tags from the description.'],
      impact: ['Choose an impact from 1 (high) to 3 (low).'],
    });
  });
});
