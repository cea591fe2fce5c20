import { KeyLink, type Column } from '@/components/data-list/data-table';
import { paths } from '@/config/paths';
import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ReleaseSummary } from '../api/get-releases';
import { humanize } from '../utils/vocabulary';

import { ReleaseStateBadge } from './release-state-badge';

/** The columns of the releases list. */
export const RELEASE_COLUMNS: readonly Column<ReleaseSummary>[] = [
  {
    header: 'Key',
    cell: (release) => <KeyLink to={paths.release.getHref(release.key)}>{release.key}</KeyLink>,
  },
  { header: 'Name', cell: (release) => release.name },
  { header: 'Type', cell: (release) => humanize(release.type) },
  { header: 'State', cell: (release) => <ReleaseStateBadge state={release.state} /> },
  { header: 'Changes', cell: (release) => release.changeCount },
  {
    header: 'Planned window',
    cell: (release) => formatWindow(release.plannedStart, release.plannedEnd, browserTimeZone()),
  },
  { header: 'Current step', cell: (release) => release.currentStepName ?? '—' },
];
