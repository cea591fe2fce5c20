import { useMutation, useQueryClient } from '@tanstack/react-query';

import {
  deleteCisByKeyRelationsByTypeByTarget,
  postCis,
  postCisByKeyRelations,
  putCisByKey,
} from '@/api/generated/sdk.gen';
import type { CiBody } from '@/api/generated/types.gen';
import type { RelationType } from '@/components/cmdb/ci-vocabulary';

export type { CiBody };

/** The fields of a CI body, for placing the server's field errors. */
export const CI_FIELDS = [
  'name',
  'type',
  'environment',
  'location',
  'criticality',
  'ownerGroup',
  'lifecycleStatus',
  'version',
  'attributes',
];

/** Creates an item, or corrects the one with `key` (whose version the server keeps). */
export function useSaveCi() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: async ({ body, key }: { body: CiBody; key?: string }) =>
      key ? (await putCisByKey({ path: { key }, body })).data : (await postCis({ body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cmdb'] }),
  });
}

type RelationChange = { key: string; type: RelationType; target: string };

export function useAddRelation() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: async ({ key, type, target }: RelationChange) =>
      (await postCisByKeyRelations({ path: { key }, body: { type, target } })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cmdb'] }),
  });
}

export function useRemoveRelation() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: ({ key, type, target }: RelationChange) =>
      deleteCisByKeyRelationsByTypeByTarget({ path: { key, type, target } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cmdb'] }),
  });
}
