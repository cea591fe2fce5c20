import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import {
  deleteBlackoutWindowsById,
  deleteMaintenanceWindowsById,
  getBlackoutWindows,
  getMaintenanceWindows,
  postBlackoutWindows,
  postMaintenanceWindows,
} from '@/api/generated/sdk.gen';
import type {
  BlackoutBody,
  BlackoutView,
  MaintenanceWindowBody,
  MaintenanceWindowView,
} from '@/api/generated/types.gen';

export type { BlackoutBody, BlackoutView, MaintenanceWindowBody, MaintenanceWindowView };

const blackoutsKey = ['blackout-windows'] as const;
const maintenanceKey = ['maintenance-windows'] as const;

export function getBlackoutWindowsQueryOptions() {
  return queryOptions({
    queryKey: blackoutsKey,
    queryFn: async ({ signal }) => (await getBlackoutWindows({ signal })).data,
  });
}

export function getMaintenanceWindowsQueryOptions() {
  return queryOptions({
    queryKey: maintenanceKey,
    queryFn: async ({ signal }) => (await getMaintenanceWindows({ signal })).data,
  });
}

export function useBlackoutWindows() {
  return useQuery(getBlackoutWindowsQueryOptions());
}

export function useMaintenanceWindows() {
  return useQuery(getMaintenanceWindowsQueryOptions());
}

/** A window changes what the calendar shows and which changes conflict. */
function useWindowMutation<T>(key: readonly string[], mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form or button shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: ['calendar'] }),
      ]);
    },
  });
}

export function useCreateBlackout() {
  return useWindowMutation(blackoutsKey, async (body: BlackoutBody) => {
    return (await postBlackoutWindows({ body })).data;
  });
}

export function useDeleteBlackout() {
  return useWindowMutation(blackoutsKey, async (id: string) => {
    await deleteBlackoutWindowsById({ path: { id } });
  });
}

export function useCreateMaintenance() {
  return useWindowMutation(maintenanceKey, async (body: MaintenanceWindowBody) => {
    return (await postMaintenanceWindows({ body })).data;
  });
}

export function useDeleteMaintenance() {
  return useWindowMutation(maintenanceKey, async (id: string) => {
    await deleteMaintenanceWindowsById({ path: { id } });
  });
}
