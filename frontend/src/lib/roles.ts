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

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Roles as the backend sends them. A role this UI does not know yet is dropped rather than
 * failing the whole response: it cannot unlock anything here anyway.
 */
export const rolesSchema = z.array(z.string()).transform((roles) => roles.filter(isRole));
