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

const APPROVAL_KINDS: readonly string[] = ['CAB_VOTE', 'ECAB_APPROVAL', 'DECIDE_ESCALATED'];

/** Tasks that approve or reject a change, where the other approvers' votes matter. */
export function isApprovalKind(kind: string): boolean {
  return APPROVAL_KINDS.includes(kind);
}
