import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { incidentSchema, type Incident } from './get-incidents';
import { useRefreshAfterAction } from './incident-mutation';

export async function retryIncident(id: string): Promise<Incident> {
  return incidentSchema.parse(await api.post(`/incidents/${encodeURIComponent(id)}/retry`, {}));
}

/** Gives the failed job retries again and resolves the engine's incident. */
export function useRetryIncident() {
  const refresh = useRefreshAfterAction();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: retryIncident,
    onSuccess: refresh,
  });
}
