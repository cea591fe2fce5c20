import { Text } from '@mantine/core';

import { KeyLink, type Column } from '@/components/data-list/data-table';
import { PersonName } from '@/components/ui/person-name';
import { paths } from '@/config/paths';
import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ChangeSummary } from '../api/get-changes';
import { CLASS_LABELS } from '../utils/vocabulary';

import { ChangeStateBadge } from './change-state-badge';

/** The columns of the changes list. */
export const CHANGE_COLUMNS: readonly Column<ChangeSummary>[] = [
  {
    header: 'Key',
    cell: (change) => <KeyLink to={paths.change.getHref(change.key)}>{change.key}</KeyLink>,
  },
  { header: 'Title', cell: (change) => change.title },
  { header: 'State', cell: (change) => <ChangeStateBadge state={change.state} /> },
  {
    header: 'Class',
    cell: (change) => (change.changeClass ? CLASS_LABELS[change.changeClass] : '—'),
  },
  { header: 'Priority', cell: (change) => change.priority ?? '—' },
  { header: 'Requester', cell: (change) => <PersonName username={change.requester} /> },
  {
    header: 'Planned window',
    cell: (change) => (
      <>
        <Text size="sm">
          {formatWindow(
            change.plannedStart,
            change.plannedEnd,
            change.timeZone ?? browserTimeZone(),
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {change.timeZone}
        </Text>
      </>
    ),
  },
  { header: 'Current step', cell: (change) => change.currentStepName ?? '—' },
];
