import { useQueryClient } from '@tanstack/react-query';

import { incidentsQueryKey, type Incident } from './get-incidents';

/**
 * After a retry or cancel the incident lists change, and so does the change or release it
 * stopped (its timeline, or its end).
 */
export function useRefreshAfterAction() {
  const queryClient = useQueryClient();
  return (incident: Incident) => {
    void queryClient.invalidateQueries({ queryKey: incidentsQueryKey });
    if (incident.kind === 'CHANGE') void queryClient.invalidateQueries({ queryKey: ['changes'] });
    if (incident.kind === 'RELEASE') void queryClient.invalidateQueries({ queryKey: ['releases'] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  };
}
