import type { Role } from '@/lib/roles';

import type { Incident } from '../api/get-incidents';

/**
 * The server's rule: admins act on every incident, change managers on changes', release
 * engineers on releases'.
 */
export function canActOn(incident: Pick<Incident, 'kind'>, roles: readonly Role[]): boolean {
  return (
    roles.includes('ADMIN') ||
    (incident.kind === 'CHANGE' && roles.includes('CHANGE_MANAGER')) ||
    (incident.kind === 'RELEASE' && roles.includes('RELEASE_ENGINEER'))
  );
}
