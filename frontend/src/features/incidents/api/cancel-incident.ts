import { useMutation } from '@tanstack/react-query';

import { postIncidentsByIdCancel } from '@/api/generated/sdk.gen';
import type { CancelBody } from '@/api/generated/types.gen';

import type { Incident } from './get-incidents';
import { useRefreshAfterAction } from './incident-mutation';

export type CancelInput = CancelBody;

export async function cancelIncident(id: string, input: CancelInput): Promise<Incident> {
  return (await postIncidentsByIdCancel({ path: { id }, body: input })).data;
}

/** Cancels the process instance; the change is withdrawn, the release fails. */
export function useCancelIncident() {
  const refresh = useRefreshAfterAction();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: ({ id, input }: { id: string; input: CancelInput }) => cancelIncident(id, input),
    onSuccess: refresh,
  });
}
