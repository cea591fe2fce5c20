// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from './api-client';
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
