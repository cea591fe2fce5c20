import { useMutation } from '@tanstack/react-query';

import { postIncidentsByIdRetry } from '@/api/generated/sdk.gen';

import type { Incident } from './get-incidents';
import { useRefreshAfterAction } from './incident-mutation';

export async function retryIncident(id: string): Promise<Incident> {
  return (await postIncidentsByIdRetry({ path: { id } })).data;
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
