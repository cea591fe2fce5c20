// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { changeRequestSchema, type ChangeRequestBody } from './create-change';

const valid: ChangeRequestBody = {
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
function errorsOf(body: unknown): Record<string, string[]> {
  const result = changeRequestSchema.safeParse(body);
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
      title: ['size must be between 3 and 200'],
    });
    expect(errorsOf(withField({ title: 'x'.repeat(201) }))).toEqual({
      title: ['size must be between 3 and 200'],
    });
    expect(errorsOf(withField({ title: '   ' }))).toHaveProperty('title.0', 'must not be blank');
  });

  it('rejects HTML in the title and any angle bracket there', () => {
    expect(errorsOf(withField({ title: 'Patch <b>now</b>' })).title?.[0]).toBe(
      'must not contain HTML',
    );
    expect(errorsOf(withField({ title: 'Upgrade a > b' }))).toEqual({
      title: ['must not contain < or >'],
    });
  });

  it('rejects HTML tags, comments and closing tags in every text field', () => {
    expect(errorsOf(withField({ description: 'see <script>x</script>' }))).toEqual({
      description: ['must not contain HTML'],
    });
    expect(errorsOf(withField({ backoutPlan: 'restore <!-- hidden -->' }))).toEqual({
      backoutPlan: ['must not contain HTML'],
    });
    expect(errorsOf(withField({ justification: 'ends </p>' }))).toEqual({
      justification: ['must not contain HTML'],
    });
    // A comparison is not a tag.
    expect(errorsOf(withField({ testPlan: 'latency < 5 ms and 3 > 2' }))).toEqual({});
  });

  it('limits the long texts', () => {
    expect(errorsOf(withField({ justification: 'x'.repeat(5001) }))).toEqual({
      justification: ['size must be between 1 and 5000'],
    });
    expect(errorsOf(withField({ implementationPlan: 'x'.repeat(20_001) }))).toEqual({
      implementationPlan: ['size must be between 1 and 20000'],
    });
    expect(errorsOf(withField({ description: '' }))).toEqual({
      description: ['must not be blank', 'size must be between 1 and 20000'],
    });
  });

  it('requires a category and impact and urgency from 1 to 3', () => {
    expect(errorsOf(withField({ category: null }))).toEqual({ category: ['must not be null'] });
    expect(errorsOf(withField({ impact: 9 }))).toEqual({ impact: ['must be between 1 and 3'] });
    expect(errorsOf(withField({ urgency: 0 }))).toEqual({ urgency: ['must be between 1 and 3'] });
    expect(errorsOf(withField({ impact: null }))).toEqual({ impact: ['must not be null'] });
  });

  it('puts an end before (or at) the start on plannedEnd', () => {
    expect(errorsOf(withField({ plannedEnd: '2026-03-14T21:00:00+01:00' }))).toEqual({
      plannedEnd: ['must be after plannedStart'],
    });
    expect(errorsOf(withField({ plannedEnd: '2026-03-14T21:00:00Z' }))).toEqual({
      plannedEnd: ['must be after plannedStart'],
    });
  });

  it('requires both ends of the window and lets it start at most 2 years ahead', () => {
    expect(errorsOf(withField({ plannedStart: '' }))).toEqual({
      plannedStart: ['must not be null'],
    });
    expect(
      errorsOf(
        withField({ plannedStart: '2028-03-02T10:00:00Z', plannedEnd: '2028-03-02T12:00:00Z' }),
      ),
    ).toEqual({ plannedStart: ['must be at most 2 years ahead'] });
    expect(
      errorsOf(
        withField({ plannedStart: '2028-02-29T10:00:00Z', plannedEnd: '2028-02-29T12:00:00Z' }),
      ),
    ).toEqual({});
  });

  it('wants an IANA time zone', () => {
    expect(errorsOf(withField({ timeZone: 'Mars/Olympus' }))).toEqual({
      timeZone: ['must be a valid IANA time zone'],
    });
    expect(errorsOf(withField({ timeZone: 'UTC' }))).toEqual({});
  });

  it('checks incident references one by one and counts them', () => {
    expect(errorsOf(withField({ incidentRefs: ['INC 12'] }))).toEqual({
      'incidentRefs.0': ['may only contain letters, digits and _ . : # -'],
    });
    expect(errorsOf(withField({ incidentRefs: ['ok', 'x'.repeat(41)] }))).toEqual({
      'incidentRefs.1': ['size must be between 1 and 40'],
    });
    expect(
      errorsOf(withField({ incidentRefs: Array.from({ length: 21 }, (_, i) => `INC-${i}`) })),
    ).toEqual({
      incidentRefs: ['size must be between 0 and 20'],
    });
  });

  it('checks attachment metadata: sha256 as 64 lowercase hex, size up to 100 MiB', () => {
    const attachment = valid.attachments[0]!;
    expect(
      errorsOf(withField({ attachments: [{ ...attachment, sha256: 'A'.repeat(64) }] })),
    ).toEqual({
      'attachments.0.sha256': ['must be 64 lowercase hex characters'],
    });
    expect(errorsOf(withField({ attachments: [{ ...attachment, sha256: 'abc' }] }))).toEqual({
      'attachments.0.sha256': ['must be 64 lowercase hex characters'],
    });
    expect(errorsOf(withField({ attachments: [{ ...attachment, size: 104_857_601 }] }))).toEqual({
      'attachments.0.size': ['must be between 0 and 104857600'],
    });
    expect(errorsOf(withField({ attachments: [{ ...attachment, name: '' }] }))).toHaveProperty(
      'attachments.0.name',
    );
  });

  it('allows at most 50 affected CIs and 20 attachments', () => {
    expect(
      errorsOf(withField({ affectedCis: Array.from({ length: 51 }, (_, i) => `CI-${i}`) })),
    ).toEqual({
      affectedCis: ['size must be between 0 and 50'],
    });
    expect(
      errorsOf(withField({ attachments: Array.from({ length: 21 }, () => valid.attachments[0]) })),
    ).toEqual({
      attachments: ['size must be between 0 and 20'],
    });
  });
});
