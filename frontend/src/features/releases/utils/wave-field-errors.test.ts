// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-client';

import { asWaveFieldErrors } from './wave-field-errors';

describe('asWaveFieldErrors', () => {
  it('puts errors on a bare array body under the rows of the form', () => {
    const mapped = asWaveFieldErrors(
      new ApiError({
        status: 400,
        title: 'Invalid',
        errors: [
          { field: '[0].name', message: 'a' },
          { field: 'waves[2].percent', message: 'b' },
          { field: 'waves', message: 'c' },
        ],
      }),
    );
    expect(mapped).toMatchObject({
      errors: [
        { field: 'waves[0].name', message: 'a' },
        { field: 'waves[2].percent', message: 'b' },
        { field: 'waves', message: 'c' },
      ],
    });
  });
});
