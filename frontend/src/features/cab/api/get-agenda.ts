import { queryOptions, useQuery } from '@tanstack/react-query';

import { getCabAgenda } from '@/api/generated/sdk.gen';
import type { AgendaItem, CabAgenda } from '@/api/generated/types.gen';

export const DECISIONS = ['approve', 'reject', 'abstain'] as const;
export type Decision = (typeof DECISIONS)[number];

export type AgendaChange = AgendaItem;
export type Agenda = CabAgenda;

export async function getAgenda({ signal }: { signal?: AbortSignal } = {}): Promise<Agenda> {
  return (await getCabAgenda({ signal })).data;
}

export function getAgendaQueryOptions() {
  return queryOptions({
    queryKey: ['cab', 'agenda'],
    queryFn: ({ signal }) => getAgenda({ signal }),
    staleTime: 15_000,
  });
}

/** The changes waiting for the CAB, by week of their planned start; live updates refresh it. */
export function useAgenda() {
  return useQuery(getAgendaQueryOptions());
}
