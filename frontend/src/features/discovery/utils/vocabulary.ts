import type { UnauthorizedChangeStatus } from '../api/get-unauthorized-changes';

export const STATUS_LABELS: Record<UnauthorizedChangeStatus, string> = {
  OPEN: 'Open',
  LINKED: 'Linked to a change',
  ACCEPTED: 'Accepted',
  ROLLED_BACK: 'Rolled back',
};

export const STATUS_COLORS: Record<UnauthorizedChangeStatus, string> = {
  OPEN: 'red',
  LINKED: 'blue',
  ACCEPTED: 'gray',
  ROLLED_BACK: 'teal',
};

export const STATUSES = Object.keys(STATUS_LABELS) as UnauthorizedChangeStatus[];

/** Readers see every record; only change managers resolve one. */
export const canResolve = (roles: readonly string[]) => roles.includes('CHANGE_MANAGER');
