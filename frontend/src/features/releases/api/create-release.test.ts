// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { releaseCreateSchema, type ReleaseCreateBody } from './create-release';
import { artifactInputSchema } from './register-artifact';
import { wavesSchema } from './update-waves';

const valid: ReleaseCreateBody = {
  name: 'November shop release',
  type: 'DELTA',
  releaseUnit: ['APPLICATION', 'DATABASE'],
  environments: ['staging', 'prod'],
  plannedStart: '2026-11-28T22:00:00+01:00',
  plannedEnd: '2026-11-29T02:00:00+01:00',
  backoutPlan: 'Redeploy the previous version.',
  changeKeys: ['CHG-000042'],
};

/** Field path -> messages of the issues `schema` reports for `body`. */
function errorsOf(schema: z.ZodType, body: unknown): Record<string, string[]> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (errors[issue.path.join('.')] ??= []).push(issue.message);
  return errors;
}

const release = (patch: Record<string, unknown>) =>
  errorsOf(releaseCreateSchema, { ...valid, ...patch });

describe('releaseCreateSchema', () => {
  it('accepts a complete release', () => {
    expect(release({})).toEqual({});
    expect(release({ changeKeys: [] })).toEqual({});
  });

  it('wants a name of at most 200 characters', () => {
    expect(release({ name: '  ' })).toEqual({ name: ['Fill in this field.'] });
    expect(release({ name: 'x'.repeat(201) })).toEqual({
      name: ['Enter between 0 and 200 characters or items.'],
    });
  });

  it('requires a type; release unit and environments may stay empty', () => {
    expect(release({ type: null })).toEqual({ type: ['Fill in this field.'] });
    expect(release({ releaseUnit: [], environments: [] })).toEqual({});
    expect(release({ releaseUnit: ['TOASTER'] })).toEqual({
      'releaseUnit.0': ['Choose a configuration item type.'],
    });
    expect(release({ environments: ['x'.repeat(41)] })).toEqual({
      'environments.0': ['Enter between 0 and 40 characters or items.'],
    });
  });

  it('wants a window that ends after it starts and a backout plan', () => {
    expect(release({ plannedEnd: '2026-11-28T21:00:00+01:00' })).toEqual({
      plannedEnd: ['The planned end must be after the planned start.'],
    });
    expect(release({ plannedStart: '' })).toEqual({ plannedStart: ['Fill in this field.'] });
    expect(release({ backoutPlan: ' ' })).toEqual({ backoutPlan: ['Fill in this field.'] });
  });
});

describe('wavesSchema', () => {
  const wave = {
    name: 'canary',
    environment: 'prod',
    percent: 10,
    manualGate: true,
    simulatedFailureRate: 0,
  };

  it('checks each wave: percent 1..100, failure rate 0..1', () => {
    expect(errorsOf(wavesSchema, [wave])).toEqual({});
    expect(
      errorsOf(wavesSchema, [
        wave,
        { ...wave, name: 'all', percent: 0, simulatedFailureRate: 1.5 },
      ]),
    ).toEqual({
      '1.percent': ['must be between 1 and 100'],
      '1.simulatedFailureRate': ['must be between 0 and 1'],
    });
    expect(errorsOf(wavesSchema, [{ ...wave, environment: ' ' }])).toEqual({
      '0.environment': ['must be 1 to 40 characters'],
    });
  });

  it('wants one to twenty waves with distinct names', () => {
    expect(errorsOf(wavesSchema, [])).toEqual({ '': ['a rollout needs at least one wave'] });
    expect(errorsOf(wavesSchema, [wave, { ...wave, percent: 100 }])).toEqual({
      '1.name': ['another wave is named canary'],
    });
  });
});

describe('artifactInputSchema', () => {
  const artifact = {
    name: 'shop-api',
    version: '2.4.0',
    uri: 'https://dsl.example/a.jar',
    size: 10,
    sha256: 'ab'.repeat(32),
  };

  it('wants the SHA-256 as 64 hex characters and keeps it lower-case', () => {
    expect(artifactInputSchema.parse({ ...artifact, sha256: ` ${'AB'.repeat(32)} ` }).sha256).toBe(
      'ab'.repeat(32),
    );
    expect(errorsOf(artifactInputSchema, { ...artifact, sha256: 'abc' })).toEqual({
      sha256: ['must be 64 hex digits'],
    });
    expect(errorsOf(artifactInputSchema, { ...artifact, sha256: 'g'.repeat(64) })).toEqual({
      sha256: ['must be 64 hex digits'],
    });
  });
});
