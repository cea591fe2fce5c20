import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { plainText } from '@/lib/plain-text';

import { HARDWARE_STATUSES } from '../utils/vocabulary';

import { hardwareQueryKey, hardwareSchema, type Hardware } from './get-hardware';

/** Optional text: empty means none, and goes to the server as null. */
const optionalText = (max: number) =>
  plainText(0, max).transform((value) => (value.trim() === '' ? null : value.trim()));

export const hardwareInputSchema = z.object({
  name: plainText(1, 200).transform((value) => value.trim()),
  model: plainText(1, 200).transform((value) => value.trim()),
  serialNumber: plainText(1, 100).transform((value) => value.trim()),
  location: optionalText(200),
  status: z.enum(HARDWARE_STATUSES, { error: 'must not be null' }),
  ciName: optionalText(200),
  notes: optionalText(5000),
});

export type HardwareInput = z.output<typeof hardwareInputSchema>;

export const HARDWARE_FIELDS = Object.keys(hardwareInputSchema.shape);

/** Creates an item, or updates the one with `id`. */
export async function saveHardware(input: HardwareInput, id?: string): Promise<Hardware> {
  const body = id
    ? await api.put(`/hardware/${encodeURIComponent(id)}`, input)
    : await api.post('/hardware', input);
  return hardwareSchema.parse(body);
}

export function useSaveHardware() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, id }: { input: HardwareInput; id?: string }) => saveHardware(input, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hardwareQueryKey }),
  });
}
