import type { Role } from '@/lib/roles';

import type { ChangeState } from './vocabulary';

export type Viewer = { username: string; roles: readonly Role[] };

const EDITABLE: readonly ChangeState[] = ['DRAFT', 'INFO_REQUESTED'];

// Approved, not yet implemented: an edit is a new revision that goes through approval again.
export const REVISABLE: readonly ChangeState[] = [
  'SCHEDULING',
  'SCHEDULE_CONFLICT',
  'READY_FOR_RELEASE',
];

// Open and not yet released: afterwards the change has happened and only the PIR remains.
const WITHDRAWABLE: readonly ChangeState[] = [
  'DRAFT',
  'SUBMITTED',
  'INFO_REQUESTED',
  'IN_REVIEW',
  'AWAITING_CAB',
  'AWAITING_ECAB',
  'ESCALATED',
  'SCHEDULING',
  'SCHEDULE_CONFLICT',
];

/** Who may raise RFCs. */
export function canCreateChange(roles: readonly Role[]): boolean {
  return roles.includes('REQUESTER') || roles.includes('CHANGE_MANAGER');
}

export type ChangeActions = { edit: boolean; submit: boolean; withdraw: boolean };

/**
 * What `viewer` may do to a change in its current state. The server decides; this only hides
 * buttons that would fail.
 */
export function changeActions(
  change: { state: ChangeState; requester: string },
  viewer: Viewer,
): ChangeActions {
  const isRequester = change.requester === viewer.username;
  const editable = isRequester && EDITABLE.includes(change.state);
  return {
    edit: editable || (isRequester && REVISABLE.includes(change.state)),
    submit: editable,
    withdraw:
      (isRequester || viewer.roles.includes('CHANGE_MANAGER')) &&
      WITHDRAWABLE.includes(change.state),
  };
}

/** The change manager's question behind the latest request for information, if any. */
export function informationRequest(
  history: ReadonlyArray<{ state?: ChangeState | null; detail?: string | null }>,
): string | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i];
    if (entry?.state === 'INFO_REQUESTED') return entry.detail ?? null;
  }
  return null;
}
