import { queryOptions, useQuery } from '@tanstack/react-query';

import { getReleasesByKey } from '@/api/generated/sdk.gen';
import type {
  ArtifactView,
  OpenTask,
  ReleaseStep,
  ReleaseView,
  Wave,
  WaveProgress,
} from '@/api/generated/types.gen';

import { isMoving } from '../utils/vocabulary';

export type { ReleaseView, Wave, WaveProgress };
export type Artifact = ArtifactView;
export type ReleaseTask = OpenTask;
export type ReleaseHistoryEntry = ReleaseStep;

export const POLL_INTERVAL_MS = 2000;

export async function getRelease(key: string, { signal }: { signal?: AbortSignal } = {}) {
  return (await getReleasesByKey({ path: { key }, signal })).data;
}

// Under ['releases'], which server-sent events invalidate as a whole.
export const releaseQueryKey = (key: string) => ['releases', 'detail', key] as const;

export function getReleaseQueryOptions(key: string) {
  return queryOptions({
    queryKey: releaseQueryKey(key),
    queryFn: ({ signal }) => getRelease(key, { signal }),
    // Workers move a running release on by themselves; poll until it waits for people again.
    // (Live events refresh it too; polling covers browsers without them.)
    refetchInterval: (query) =>
      query.state.data && isMoving(query.state.data) ? POLL_INTERVAL_MS : false,
  });
}

export function useRelease(key: string) {
  return useQuery({ ...getReleaseQueryOptions(key), enabled: key !== '' });
}
