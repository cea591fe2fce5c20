import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { rolesSchema } from '@/lib/roles';

export const userSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: rolesSchema,
});

export type User = z.infer<typeof userSchema>;

export async function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<User> {
  return userSchema.parse(await api.get('/me', { signal }));
}

export const meQueryKey = ['me'] as const;

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe({ signal }),
  });
}

/** The signed-in user; fails with an ApiError of status 401 when nobody is signed in. */
export function useMe() {
  return useQuery(getMeQueryOptions());
}
