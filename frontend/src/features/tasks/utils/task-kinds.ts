import { RELEASE_TASK_KINDS, type TaskKind } from '../api/get-tasks';

export const KIND_LABELS: Record<TaskKind, string> = {
  REVIEW_RFC: 'Review RFC',
  CAB_VOTE: 'CAB vote',
  ECAB_APPROVAL: 'ECAB approval',
  DECIDE_ESCALATED: 'Decide escalation',
  PROVIDE_INFORMATION: 'Provide information',
  RESOLVE_CONFLICT: 'Resolve schedule conflict',
  READY_FOR_RELEASE: 'Release outcome',
  PIR: 'Post-implementation review',
  ACCEPT_RELEASE: 'Accept release',
  REVIEW_ROLLOUT_PLAN: 'Review rollout plan',
  START_ROLLOUT: 'Start rollout',
  GO_NO_GO: 'Go / no-go',
};

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind.toLowerCase().replaceAll('_', ' ');
}

const APPROVAL_KINDS: readonly string[] = ['CAB_VOTE', 'ECAB_APPROVAL', 'DECIDE_ESCALATED'];

/** Tasks that approve or reject a change, where the other approvers' votes matter. */
export function isApprovalKind(kind: string): boolean {
  return APPROVAL_KINDS.includes(kind);
}

/**
 * Tasks of the release process, whose `changeKey` is a release key. The key prefix also catches
 * release tasks of kinds this UI does not know yet, so they never look up a change.
 */
export function isReleaseTask(task: { kind: string; changeKey?: string | null }): boolean {
  const releaseKind = (RELEASE_TASK_KINDS as readonly string[]).includes(task.kind);
  return releaseKind || (task.changeKey?.startsWith('REL-') ?? false);
}
