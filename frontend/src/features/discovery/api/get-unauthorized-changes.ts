import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';

import {
  getUnauthorizedChanges as fetchUnauthorizedChanges,
  getUnauthorizedChangesById,
} from '@/api/generated/sdk.gen';
import type {
  KeysetPageUnauthorizedChangeView,
  UnauthorizedChangeView,
} from '@/api/generated/types.gen';

export type UnauthorizedChange = UnauthorizedChangeView;
export type UnauthorizedChangeStatus = UnauthorizedChange['status'];

export const UNAUTHORIZED_CHANGES_PAGE_SIZE = 50;

export const unauthorizedChangesQueryKey = ['unauthorized-changes'] as const;

export async function getUnauthorizedChanges(
  status: UnauthorizedChangeStatus | null,
  { after, signal }: { after?: string | null; signal?: AbortSignal } = {},
): Promise<KeysetPageUnauthorizedChangeView> {
  const query = {
    limit: UNAUTHORIZED_CHANGES_PAGE_SIZE,
    ...(status ? { status: [status] } : {}),
    ...(after ? { after } : {}),
  };
  return (await fetchUnauthorizedChanges({ query, signal })).data;
}

export function getUnauthorizedChangesQueryOptions(status: UnauthorizedChangeStatus | null) {
  return infiniteQueryOptions({
    queryKey: [...unauthorizedChangesQueryKey, 'list', status],
    queryFn: ({ pageParam, signal }) =>
      getUnauthorizedChanges(status, { after: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? null,
  });
}

/** Unauthorized changes in a status (all when null), newest first, a page at a time. */
export function useUnauthorizedChanges(status: UnauthorizedChangeStatus | null) {
  return useInfiniteQuery({
    ...getUnauthorizedChangesQueryOptions(status),
    placeholderData: keepPreviousData,
  });
}

export async function getUnauthorizedChange(id: number, { signal }: { signal?: AbortSignal } = {}) {
  return (await getUnauthorizedChangesById({ path: { id }, signal })).data;
}

export function getUnauthorizedChangeQueryOptions(id: number) {
  return queryOptions({
    queryKey: [...unauthorizedChangesQueryKey, 'one', id],
    queryFn: ({ signal }) => getUnauthorizedChange(id, { signal }),
  });
}

/** One unauthorized change. */
export function useUnauthorizedChange(id: number) {
  return useQuery(getUnauthorizedChangeQueryOptions(id));
}
