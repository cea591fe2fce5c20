import type { Role } from '@/lib/roles';

export type Viewer = { username: string; roles: readonly Role[] };

/** Only admins edit the CMDB; the server refuses everyone else. */
export function canEditCmdb(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}
