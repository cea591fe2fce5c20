import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import {
  postChangeModels,
  postChangeModelsByIdDeactivate,
  putChangeModelsById,
} from '@/api/generated/sdk.gen';
import type { ChangeModelBody } from '@/api/generated/types.gen';
import { requiredText, sizeBetween } from '@/lib/plain-text';

import { CATEGORIES, CI_TYPES, type Category, type CiType } from '../utils/vocabulary';

import type { ChangeModel } from './get-all-change-models';

const required = (max: number) => requiredText(max).transform((value) => value.trim());

// The server's rules for a model (ChangeModelBody), with its messages.
export const changeModelInputSchema = z.object({
  name: required(200)
    .refine((value) => value.length >= 3, sizeBetween(3, 200))
    .refine((value) => !/[<>]/.test(value), 'The name cannot contain < or >.'),
  description: required(20_000),
  category: z.custom<Category>((value) => (CATEGORIES as readonly unknown[]).includes(value), {
    error: 'Fill in this field.',
  }),
  implementationPlan: required(20_000),
  testPlan: required(20_000),
  backoutPlan: required(20_000),
  allowedCiTypes: z
    .array(z.custom<CiType>((value) => (CI_TYPES as readonly unknown[]).includes(value)))
    .min(1, 'Pick at least one kind of configuration item.')
    .max(20, sizeBetween(1, 20)),
});

export type ChangeModelInput = z.output<typeof changeModelInputSchema>;

export const CHANGE_MODEL_FIELDS = [
  'name',
  'description',
  'category',
  'implementationPlan',
  'testPlan',
  'backoutPlan',
  'allowedCiTypes',
];

/** Creates a model, or updates the one with `id`. A taken name is a 409 on its field. */
export async function saveChangeModel(input: ChangeModelInput, id?: string): Promise<ChangeModel> {
  const body: ChangeModelBody = input;
  const { data } = id
    ? await putChangeModelsById({ path: { id }, body })
    : await postChangeModels({ body });
  return data;
}

export function useSaveChangeModel() {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn: ({ input, id }: { input: ChangeModelInput; id?: string }) =>
      saveChangeModel(input, id),
    // The RFC form's list of active models is under the same prefix.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['change-models'] }),
  });
}

export function useDeactivateChangeModel() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: async (id: string) => (await postChangeModelsByIdDeactivate({ path: { id } })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['change-models'] }),
  });
}
