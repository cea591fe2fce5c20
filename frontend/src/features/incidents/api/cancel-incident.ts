import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';

import { incidentSchema, type Incident } from './get-incidents';
import { useRefreshAfterAction } from './incident-mutation';

export const cancelInputSchema = z.object({
  reason: z
    .string()
    .refine((value) => value.trim().length > 0, 'must not be blank')
    .refine((value) => value.length <= 500, 'size must be between 1 and 500'),
});

export type CancelInput = z.infer<typeof cancelInputSchema>;

export async function cancelIncident(id: string, input: CancelInput): Promise<Incident> {
  return incidentSchema.parse(
    await api.post(`/incidents/${encodeURIComponent(id)}/cancel`, input),
  );
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
