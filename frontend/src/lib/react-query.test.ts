// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { zGetMeResponse } from '@/api/generated/zod.gen';

import { ApiError } from './api-client';
import { errorMessage } from './form-errors';
import { createQueryClient, errorToast } from './react-query';

const show = vi.hoisted(() => vi.fn());
vi.mock('@mantine/notifications', () => ({ notifications: { show } }));

const conflict = new ApiError({
  status: 409,
  title: 'Conflict',
  detail: 'Already claimed by cab2',
});

async function failMutation(meta?: { errorsShownInline?: boolean }) {
  const client = createQueryClient();
  const mutation = client.getMutationCache().build(client, {
    mutationFn: () => Promise.reject(conflict),
    meta,
  });
  await mutation.execute(undefined).catch(() => {});
}

describe('error toasts', () => {
  it('say the Problem Details title and detail', () => {
    expect(errorToast(conflict)).toEqual({ title: 'Conflict', message: 'Already claimed by cab2' });
    expect(errorToast(new ApiError({ status: 500, title: 'Internal Server Error' }))).toEqual({
      title: 'Internal Server Error',
      message: 'The server answered 500.',
    });
    expect(errorToast(new TypeError('x'))).toEqual({
      title: 'Something went wrong',
      message: 'Please try again.',
    });
  });

  it('show for a failed mutation unless its component shows the error itself', async () => {
    await failMutation();
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({
        color: 'red',
        title: 'Conflict',
        message: 'Already claimed by cab2',
      }),
    );

    show.mockClear();
    await failMutation({ errorsShownInline: true });
    expect(show).not.toHaveBeenCalled();
  });
});

describe('an answer that breaks the contract', () => {
  // What the SDK's response validator throws when /api/me sends roles as a string.
  const violation = zGetMeResponse.safeParse({
    username: 'ann',
    displayName: 'Ann',
    roles: 'REQUESTER',
  }).error;
  const expected = "The server's answer did not match the API contract at roles: ";

  it('is told as such, with where it broke', () => {
    expect(errorMessage(violation)).toContain(expected);
    expect(errorToast(violation)).toEqual({
      title: 'Unexpected answer',
      message: expect.stringContaining(expected),
    });
  });

  it('is not asked for again', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(() => Promise.reject(violation));

    await expect(client.fetchQuery({ queryKey: ['me'], queryFn })).rejects.toBe(violation);

    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
