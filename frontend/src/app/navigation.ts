import { paths } from '@/config/paths';
import type { Role } from '@/lib/roles';

export type NavItem = { label: string; path: string; count?: number; overdue?: number };

/** Numbers shown next to navigation items, where they are cheap to get. */
export type NavCounts = { inbox?: number; inboxOverdue?: number };

type Audience = 'everyone' | readonly Role[];

type NavEntry = {
  label: string;
  path: string;
  audience: Audience;
  counted?: keyof NavCounts;
  /** How many of the counted are overdue, shown in red. */
  overdueCounted?: keyof NavCounts;
  /**
   * Who may open a record below the list (`/changes/CHG-000042`), when more people than the
   * list's audience: those who work on a record (a release engineer whose release carries the
   * change) are sent there by links, and the server decides what each may read.
   */
  recordAudience?: Audience;
};

const NAVIGATION: readonly NavEntry[] = [
  {
    label: 'Inbox',
    path: paths.inbox.path,
    audience: 'everyone',
    counted: 'inbox',
    overdueCounted: 'inboxOverdue',
  },
  {
    label: 'Changes',
    path: paths.changes.path,
    audience: ['REQUESTER', 'CHANGE_MANAGER', 'CAB_MEMBER', 'ECAB_MEMBER', 'AUDITOR', 'ADMIN'],
    recordAudience: 'everyone',
  },
  {
    label: 'CAB agenda',
    path: paths.cab.path,
    // CAB members prepare for the meeting from it.
    audience: ['CHANGE_MANAGER', 'CAB_MEMBER', 'ECAB_MEMBER', 'AUDITOR', 'ADMIN'],
  },
  {
    label: 'Releases',
    path: paths.releases.path,
    audience: ['RELEASE_ENGINEER', 'CHANGE_MANAGER', 'AUDITOR', 'ADMIN'],
  },
  // Everyone plans around the calendar: what is scheduled, what is frozen.
  { label: 'Calendar', path: paths.calendar.path, audience: 'everyone' },
  {
    label: 'Hardware',
    path: paths.hardware.path,
    audience: ['RELEASE_ENGINEER', 'AUDITOR', 'ADMIN'],
  },
  { label: 'CMDB', path: paths.cmdb.path, audience: 'everyone' },
  {
    label: 'Unauthorized changes',
    path: paths.unauthorizedChanges.path,
    // Auditors and admins read them; change managers resolve them.
    audience: ['CHANGE_MANAGER', 'AUDITOR', 'ADMIN'],
  },
  {
    label: 'Reports',
    path: paths.reports.path,
    audience: ['CHANGE_MANAGER', 'AUDITOR', 'ADMIN'],
  },
  {
    label: 'Audit',
    path: paths.audit.path,
    audience: ['AUDITOR', 'ADMIN'],
    // "What changed?" (/audit/what-changed) is change managers' reading too.
    recordAudience: ['AUDITOR', 'CHANGE_MANAGER', 'ADMIN'],
  },
  { label: 'Incidents', path: paths.incidents.path, audience: ['ADMIN'] },
  { label: 'Admin', path: paths.admin.path, audience: ['ADMIN'] },
  { label: 'Windows', path: paths.adminWindows.path, audience: ['ADMIN'] },
  { label: 'Change models', path: paths.adminChangeModels.path, audience: ['ADMIN'] },
];

function reaches(audience: Audience, roles: readonly Role[]): boolean {
  return audience === 'everyone' || audience.some((role) => roles.includes(role));
}

/**
 * The side navigation for a user holding `roles`, in menu order. An item carries a count (and an
 * overdue count) only when it has one above zero.
 */
export function navigationFor(roles: readonly Role[], counts: NavCounts = {}): NavItem[] {
  return NAVIGATION.filter((item) => reaches(item.audience, roles)).map(
    ({ label, path, counted, overdueCounted }) => {
      const count = counted && counts[counted];
      const overdue = overdueCounted && counts[overdueCounted];
      return { label, path, ...(count ? { count } : {}), ...(overdue ? { overdue } : {}) };
    },
  );
}

/** The inbox count: open tasks assigned to the user plus those offered to their groups. */
export function inboxCount(
  count: { mine: number; groups: number } | undefined,
): number | undefined {
  return count && count.mine + count.groups;
}

/**
 * Whether a user holding `roles` may open the page at `pathname`. Paths outside the navigation
 * are not restricted here. The backend enforces access either way; this only spares users
 * pages they cannot use.
 */
export function canOpen(pathname: string, roles: readonly Role[]): boolean {
  const item = NAVIGATION.find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`));
  if (item === undefined || reaches(item.audience, roles)) return true;
  const record = pathname.slice(item.path.length + 1).split('/')[0];
  return (
    item.recordAudience !== undefined &&
    record !== undefined &&
    record !== '' &&
    record !== 'new' &&
    reaches(item.recordAudience, roles)
  );
}
