import { useMutation, useQueryClient } from '@tanstack/react-query';

import {
  postUnauthorizedChangesByIdAccept,
  postUnauthorizedChangesByIdLink,
  postUnauthorizedChangesByIdRollBack,
} from '@/api/generated/sdk.gen';

import { unauthorizedChangesQueryKey, type UnauthorizedChange } from './get-unauthorized-changes';

export type Resolution =
  | { kind: 'link'; changeKey: string }
  | { kind: 'accept'; reason: string }
  | { kind: 'roll-back'; reason: string };

export async function resolveUnauthorizedChange(
  id: number,
  resolution: Resolution,
): Promise<UnauthorizedChange> {
  const path = { id };
  switch (resolution.kind) {
    case 'link':
      return (
        await postUnauthorizedChangesByIdLink({
          path,
          body: { changeKey: resolution.changeKey },
        })
      ).data;
    case 'accept':
      return (
        await postUnauthorizedChangesByIdAccept({ path, body: { reason: resolution.reason } })
      ).data;
    case 'roll-back':
      return (
        await postUnauthorizedChangesByIdRollBack({ path, body: { reason: resolution.reason } })
      ).data;
  }
}

/** Links, accepts or rolls back one; the lists and the record show it at once. */
export function useResolveUnauthorizedChange(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: (resolution: Resolution) => resolveUnauthorizedChange(id, resolution),
    onSuccess: (record) => {
      // The answer is the record as it now stands; only the lists need asking again.
      queryClient.setQueryData([...unauthorizedChangesQueryKey, 'one', id], record);
      void queryClient.invalidateQueries({ queryKey: [...unauthorizedChangesQueryKey, 'list'] });
    },
  });
}
