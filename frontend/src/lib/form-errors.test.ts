// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from './api-client';
import { applyServerErrors, errorMessage, formFieldOf, toFormPath } from './form-errors';

const shape = {
  fields: ['title', 'plannedEnd', 'incidentRefs', 'attachments'],
  arrays: ['attachments'],
};

function invalid(errors: { field: string; message: string }[]) {
  return new ApiError({ status: 400, title: 'Invalid request', detail: 'bad', errors });
}

describe('toFormPath / formFieldOf', () => {
  it('turns bracket indexes into dotted paths', () => {
    expect(toFormPath('attachments[0].sha256')).toBe('attachments.0.sha256');
    expect(toFormPath('incidentRefs[12]')).toBe('incidentRefs.12');
    expect(toFormPath('title')).toBe('title');
  });

  it('keeps element paths for field arrays and collapses them elsewhere', () => {
    expect(formFieldOf('attachments[1].name', shape)).toBe('attachments.1.name');
    expect(formFieldOf('incidentRefs[3]', shape)).toBe('incidentRefs');
    expect(formFieldOf('revision', shape)).toBeUndefined();
  });
});

describe('applyServerErrors', () => {
  it('puts each server field error on its form field and focuses the first', () => {
    const setError = vi.fn();

    const unmatched = applyServerErrors(
      invalid([
        { field: 'title', message: 'must not contain HTML' },
        { field: 'plannedEnd', message: 'must be after plannedStart' },
        { field: 'attachments[0].sha256', message: 'must be 64 lowercase hex characters' },
      ]),
      setError,
      shape,
    );

    expect(unmatched).toEqual([]);
    expect(setError.mock.calls).toEqual([
      ['title', { type: 'server', message: 'must not contain HTML' }, { shouldFocus: true }],
      [
        'plannedEnd',
        { type: 'server', message: 'must be after plannedStart' },
        { shouldFocus: false },
      ],
      [
        'attachments.0.sha256',
        { type: 'server', message: 'must be 64 lowercase hex characters' },
        { shouldFocus: false },
      ],
    ]);
  });

  it('keeps the first message when a field has several and returns unknown fields', () => {
    const setError = vi.fn();

    const unmatched = applyServerErrors(
      invalid([
        { field: 'incidentRefs[0]', message: 'size must be between 1 and 40' },
        { field: 'incidentRefs[4]', message: 'must match' },
        { field: 'revision', message: 'is stale' },
      ]),
      setError,
      shape,
    );

    expect(setError).toHaveBeenCalledOnce();
    expect(setError).toHaveBeenCalledWith(
      'incidentRefs',
      { type: 'server', message: 'size must be between 1 and 40' },
      { shouldFocus: true },
    );
    expect(unmatched).toEqual([{ field: 'revision', message: 'is stale' }]);
  });

  it('ignores errors that are not Problem Details', () => {
    const setError = vi.fn();
    expect(applyServerErrors(new Error('boom'), setError, shape)).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });
});

describe('errorMessage', () => {
  it("prefers the problem's detail, then its title", () => {
    expect(
      errorMessage(
        new ApiError({ status: 409, title: 'Conflict', detail: 'Already completed by cab2' }),
      ),
    ).toBe('Already completed by cab2');
    expect(errorMessage(new ApiError({ status: 500, title: 'Server error' }))).toBe('Server error');
    expect(errorMessage(new TypeError('x'))).toBe('Something went wrong. Please try again.');
  });
});
