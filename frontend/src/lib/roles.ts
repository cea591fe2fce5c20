import { z } from 'zod';

export const ROLES = [
  'REQUESTER',
  'CHANGE_MANAGER',
  'CAB_MEMBER',
  'ECAB_MEMBER',
  'RELEASE_ENGINEER',
  'AUDITOR',
  'ADMIN',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  REQUESTER: 'Requester',
  CHANGE_MANAGER: 'Change manager',
  CAB_MEMBER: 'CAB member',
  ECAB_MEMBER: 'ECAB member',
  RELEASE_ENGINEER: 'Release engineer',
  AUDITOR: 'Auditor',
  ADMIN: 'Admin',
};

/** A role as a group of people, as a task is offered to it ("Offered to Change managers"). */
export const GROUP_LABELS: Record<Role, string> = {
  REQUESTER: 'Requesters',
  CHANGE_MANAGER: 'Change managers',
  CAB_MEMBER: 'CAB members',
  ECAB_MEMBER: 'ECAB members',
  RELEASE_ENGINEER: 'Release engineers',
  AUDITOR: 'Auditors',
  ADMIN: 'Admins',
};

/** A candidate group as people say it: a role's plural, else the group's own name. */
export function groupLabel(group: string): string {
  if (isRole(group)) return GROUP_LABELS[group];
  return group.startsWith('group:') ? group.slice('group:'.length) : group;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Roles as the backend sends them. A role this UI does not know yet is dropped rather than
 * failing the whole response: it cannot unlock anything here anyway.
 */
export const rolesSchema = z.array(z.string()).transform((roles) => roles.filter(isRole));
