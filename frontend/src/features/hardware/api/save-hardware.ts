import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { postHardware, putHardwareById } from '@/api/generated/sdk.gen';
import type { HardwareBody } from '@/api/generated/types.gen';
import { optionalText, requiredText } from '@/lib/plain-text';

import { HARDWARE_STATUSES } from '../utils/vocabulary';

import { hardwareQueryKey, type Hardware } from './get-hardware';

const required = (max: number) => requiredText(max).transform((value) => value.trim());

/** Optional text: empty means none, and goes to the server as null. */
const optional = (max: number) =>
  optionalText(max).transform((value) => (value.trim() === '' ? null : value.trim()));

// The server's rules for a hardware item, with its messages.
export const hardwareInputSchema = z
  .object({
    name: required(200),
    model: required(200),
    serialNumber: required(100),
    location: required(200),
    status: z.enum(HARDWARE_STATUSES, { error: 'Fill in this field.' }),
    ciName: optional(200),
    notes: optional(5000),
  })
  .superRefine(({ status, ciName }, ctx) => {
    if (status === 'DEPLOYED' && ciName === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['ciName'],
        message: 'deployed hardware must name its configuration item',
      });
    }
  });

export type HardwareInput = z.output<typeof hardwareInputSchema>;

export const HARDWARE_FIELDS = [
  'name',
  'model',
  'serialNumber',
  'location',
  'status',
  'ciName',
  'notes',
];

/** Creates an item, or updates the one with `id`. A taken serial number is a 409 on its field. */
export async function saveHardware(input: HardwareInput, id?: string): Promise<Hardware> {
  const body: HardwareBody = input;
  const { data } = id
    ? await putHardwareById({ path: { id }, body })
    : await postHardware({ body });
  return data;
}

export function useSaveHardware() {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form or button shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn: ({ input, id }: { input: HardwareInput; id?: string }) => saveHardware(input, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hardwareQueryKey }),
  });
}
