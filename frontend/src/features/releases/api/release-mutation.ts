import { useMutation, useQueryClient } from '@tanstack/react-query';

import { releaseQueryKey, type ReleaseView } from './get-release';

/**
 * A mutation whose answer is the release as it now stands: the page shows it at once, and lists
 * and candidates refresh, since a state, a count or the set of free changes may have moved.
 */
export function useReleaseMutation<V>(mutationFn: (variables: V) => Promise<ReleaseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form or button shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn,
    onSuccess: (release) => {
      queryClient.setQueryData(releaseQueryKey(release.key), release);
      void queryClient.invalidateQueries({ queryKey: ['releases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['releases', 'candidates'] });
    },
  });
}
