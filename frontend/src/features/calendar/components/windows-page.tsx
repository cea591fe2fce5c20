import { Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { RowActions } from '@/components/ui/row-actions';
import { formatDateTime } from '@/lib/time-zone';

import {
  useBlackoutWindows,
  useDeleteBlackout,
  useDeleteMaintenance,
  useMaintenanceWindows,
  type BlackoutView,
  type MaintenanceWindowView,
} from '../api/windows';

import { BlackoutFormModal, MaintenanceFormModal } from './window-form-modals';

type Kind = 'blackout' | 'maintenance';

type Deleting = { kind: Kind; id: string; name: string };

function DeleteWindowModal({ target, onClose }: { target?: Deleting; onClose: () => void }) {
  const blackout = useDeleteBlackout();
  const maintenance = useDeleteMaintenance();
  const remove = target?.kind === 'maintenance' ? maintenance : blackout;
  return (
    <ConfirmModal
      opened={target !== undefined}
      onClose={onClose}
      title={target ? `Delete ${target.name}?` : ''}
      consequence={
        target?.kind === 'maintenance'
          ? 'Changes are no longer held to this window.'
          : 'Changes in this period are no longer frozen by it.'
      }
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => target && remove.mutate(target.id, { onSuccess: onClose })}
    />
  );
}

function scopeOf(window: { scope?: string | null; scopeName?: string | null }): string {
  if (!window.scope) return 'Global';
  return window.scopeName ? `${window.scopeName} · ${window.scope}` : window.scope;
}

type Window = { id: string; name: string; scope?: string | null; scopeName?: string | null };

/** A column after the window's name; Scope is one of them. */
type Column<W> = { header: string; cell: (window: W) => ReactNode };

const SCOPE: Column<Window> = { header: 'Scope', cell: scopeOf };

const BLACKOUT_COLUMNS: Column<BlackoutView>[] = [
  { header: 'From', cell: (window) => formatDateTime(window.startsAt) },
  { header: 'To', cell: (window) => formatDateTime(window.endsAt) },
  SCOPE,
  {
    header: 'Reason',
    cell: (window) => (
      <Text size="sm" lineClamp={2}>
        {window.reason ?? ''}
      </Text>
    ),
  },
];

const MAINTENANCE_COLUMNS: Column<MaintenanceWindowView>[] = [
  { header: 'When', cell: (window) => window.summary },
  SCOPE,
  { header: 'Declared by', cell: (window) => window.createdBy },
];

type WindowSectionProps<W extends Window> = {
  title: string;
  description: string;
  /** The window kind in plural lower case, as in "Loading blackout windows". */
  plural: string;
  windows: UseQueryResult<W[]>;
  columns: Column<W>[];
  empty: { title: string; description: string };
  /** Where the page may be edited: opens the form for a new window. */
  onCreate?: () => void;
  createLabel: string;
  onDelete?: (window: W) => void;
};

/** One kind of window: heading, the button for a new one, and the table of those there are. */
function WindowSection<W extends Window>({
  title,
  description,
  plural,
  windows,
  columns,
  empty,
  onCreate,
  createLabel,
  onDelete,
}: WindowSectionProps<W>) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {onCreate && <Button onClick={onCreate}>{createLabel}</Button>}
      </Group>
      {windows.isPending ? (
        <Skeleton height={120} aria-label={`Loading ${plural}`} />
      ) : windows.isError ? (
        <ProblemAlert title={`Could not load the ${plural}`} error={windows.error} />
      ) : windows.data.length === 0 ? (
        <EmptyState title={empty.title} description={empty.description} />
      ) : (
        <WindowTable label={title} windows={windows.data} columns={columns} onDelete={onDelete} />
      )}
    </Stack>
  );
}

function WindowTable<W extends Window>({
  label,
  windows,
  columns,
  onDelete,
}: {
  label: string;
  windows: W[];
  columns: Column<W>[];
  onDelete?: (window: W) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={label} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.header}>{column.header}</Table.Th>
            ))}
            {onDelete && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {windows.map((window) => (
            <Table.Tr key={window.id}>
              <Table.Td fw={600}>{window.name}</Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.header}>{column.cell(window)}</Table.Td>
              ))}
              {onDelete && (
                <Table.Td>
                  <RowActions
                    name={window.name}
                    danger={{ label: 'Delete', onClick: () => onDelete(window) }}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Blackout (freeze) and maintenance windows. Admins declare and delete them; anyone else who
 * reaches the page reads them.
 */
export function WindowsPage({ canEdit }: { canEdit: boolean }) {
  const blackouts = useBlackoutWindows();
  const maintenance = useMaintenanceWindows();
  const [creating, setCreating] = useState<Kind>();
  const [deleting, setDeleting] = useState<Deleting>();
  const editable = (kind: Kind) =>
    canEdit
      ? {
          onCreate: () => setCreating(kind),
          onDelete: (window: Window) => setDeleting({ kind, id: window.id, name: window.name }),
        }
      : {};

  return (
    <Stack gap="xl">
      <Stack gap={0}>
        <Title order={2}>Blackout and maintenance windows</Title>
        <Text size="sm" c="dimmed">
          A change planned in a blackout, or outside its items&apos; maintenance windows, is flagged
          as a conflict. A window scoped to an item covers everything that item depends on.
        </Text>
      </Stack>
      <WindowSection
        title="Blackout windows"
        description="Change freezes: no change may be implemented in them"
        plural="blackout windows"
        windows={blackouts}
        columns={BLACKOUT_COLUMNS}
        empty={{ title: 'No blackout windows', description: 'No change freeze is declared.' }}
        createLabel="New blackout window"
        {...editable('blackout')}
      />
      <WindowSection
        title="Maintenance windows"
        description="When the items in their scope may be changed"
        plural="maintenance windows"
        windows={maintenance}
        columns={MAINTENANCE_COLUMNS}
        empty={{
          title: 'No maintenance windows',
          description: 'Without one, changes may be planned at any time outside a freeze.',
        }}
        createLabel="New maintenance window"
        {...editable('maintenance')}
      />
      <BlackoutFormModal opened={creating === 'blackout'} onClose={() => setCreating(undefined)} />
      <MaintenanceFormModal
        opened={creating === 'maintenance'}
        onClose={() => setCreating(undefined)}
      />
      <DeleteWindowModal target={deleting} onClose={() => setDeleting(undefined)} />
    </Stack>
  );
}
