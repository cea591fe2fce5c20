import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { getCalendarFeedToken, postCalendarFeedToken } from '@/api/generated/sdk.gen';
import type { FeedTokenView } from '@/api/generated/types.gen';

export type { FeedTokenView };

const feedTokenQueryKey = ['calendar', 'feed-token'] as const;

export function getFeedTokenQueryOptions() {
  return queryOptions({
    queryKey: feedTokenQueryKey,
    queryFn: async ({ signal }) => (await getCalendarFeedToken({ signal })).data,
  });
}

/** Whether the person has a calendar feed address, and since when. */
export function useFeedToken({ enabled }: { enabled: boolean }) {
  return useQuery({ ...getFeedTokenQueryOptions(), enabled });
}

/**
 * Makes a new feed address; the old one stops working. Only this answer carries the addresses
 * (the server keeps a hash), so the caller shows them from it.
 */
export function useRotateFeedToken() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: async () => (await postCalendarFeedToken()).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedTokenQueryKey }),
  });
}

/** A feed path from the API as the address a calendar app subscribes to. */
export function feedUrl(path: string, origin: string = window.location.origin): string {
  return new URL(path, origin).href;
}
