import { queryOptions, useQuery } from '@tanstack/react-query';

import { getMe as fetchMe } from '@/api/generated/sdk.gen';
import type { UserView } from '@/api/generated/types.gen';

export type User = UserView;

export async function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<User> {
  return (await fetchMe({ signal })).data;
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
