import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

export const DECISIONS = ['approve', 'reject', 'abstain'] as const;
export type Decision = (typeof DECISIONS)[number];

const voteSchema = z.object({
  approver: z.string(),
  roles: list(z.string()),
  /** Null while the approver has not voted. */
  decision: nullable(z.enum(DECISIONS)),
  comment: nullable(z.string()),
  at: nullable(z.string()),
});

const quorumSchema = z.object({
  role: z.string(),
  needed: z.number().int(),
  approvals: z.number().int(),
  reached: z.boolean(),
});

export const agendaChangeSchema = z.object({
  key: z.string(),
  title: z.string(),
  priority: nullable(z.string()),
  risk: nullable(z.string()),
  plannedStart: nullable(z.string()),
  plannedEnd: nullable(z.string()),
  requester: nullable(z.string()),
  cabDeadline: nullable(z.string()),
  tally: z.object({
    approve: z.number().int(),
    reject: z.number().int(),
    abstain: z.number().int(),
    pending: z.number().int(),
  }),
  quorum: list(quorumSchema),
  quorumReached: z.boolean(),
  vetoed: z.boolean(),
  votes: list(voteSchema),
});

export type AgendaChange = z.infer<typeof agendaChangeSchema>;

export const agendaSchema = z.object({
  windows: list(
    z.object({
      /** "Week of 2026-11-23", or "Unscheduled" for changes without a planned window. */
      label: z.string(),
      start: nullable(z.string()),
      end: nullable(z.string()),
      changes: list(agendaChangeSchema),
    }),
  ),
});

export type Agenda = z.infer<typeof agendaSchema>;

export async function getAgenda({ signal }: { signal?: AbortSignal } = {}): Promise<Agenda> {
  return agendaSchema.parse(await api.get('/cab/agenda', { signal }));
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
