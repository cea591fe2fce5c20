import type { TaskKind } from '../api/get-tasks';

export const KIND_LABELS: Record<TaskKind, string> = {
  REVIEW_RFC: 'Review RFC',
  CAB_VOTE: 'CAB vote',
  ECAB_APPROVAL: 'ECAB approval',
  DECIDE_ESCALATED: 'Decide escalation',
  PROVIDE_INFORMATION: 'Provide information',
  RESOLVE_CONFLICT: 'Resolve schedule conflict',
  READY_FOR_RELEASE: 'Release outcome',
  PIR: 'Post-implementation review',
};

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind.toLowerCase().replaceAll('_', ' ');
}
