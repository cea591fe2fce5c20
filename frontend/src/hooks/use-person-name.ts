import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

import { getPeople } from '@/api/generated/sdk.gen';

export const peopleQueryKey = ['people'] as const;

/**
 * Records keep usernames (the identity a vote or a step was recorded under); pages show the
 * person's name. The directory is read once and kept: names rarely change. While it loads, or
 * for someone not in it (a system worker), the username is shown.
 */
export function usePersonName(): (username: string) => string {
  const people = useQuery({
    queryKey: peopleQueryKey,
    queryFn: async ({ signal }) => (await getPeople({ signal })).data,
    staleTime: 10 * 60_000,
  });
  const names = useMemo(
    () => new Map(people.data?.map((person) => [person.username, person.displayName])),
    [people.data],
  );
  return useCallback((username: string) => names.get(username) ?? username, [names]);
}
