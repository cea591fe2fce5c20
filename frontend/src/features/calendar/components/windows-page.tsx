import { Button, Group, Modal, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
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

type Deleting =
  | { kind: 'blackout'; id: string; name: string }
  | { kind: 'maintenance'; id: string; name: string };

function DeleteWindowModal({ target, onClose }: { target?: Deleting; onClose: () => void }) {
  const blackout = useDeleteBlackout();
  const maintenance = useDeleteMaintenance();
  const remove = target?.kind === 'maintenance' ? maintenance : blackout;
  return (
    <Modal
      opened={target !== undefined}
      onClose={onClose}
      title={target ? `Delete ${target.name}?` : ''}
    >
      <Stack>
        <Text size="sm">
          {target?.kind === 'maintenance'
            ? 'Changes are no longer held to this window.'
            : 'Changes in this period are no longer frozen by it.'}
        </Text>
        {remove.error && <ProblemAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => target && remove.mutate(target.id, { onSuccess: onClose })}
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function scopeOf(window: { scope?: string | null; scopeName?: string | null }): string {
  if (!window.scope) return 'Global';
  return window.scopeName ? `${window.scopeName} · ${window.scope}` : window.scope;
}

function Section({
  title,
  description,
  action,
  children,
}: {
  title: string;
  description: string;
  action?: ReactNode;
  children: ReactNode;
}) {
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
        {action}
      </Group>
      {children}
    </Stack>
  );
}

function DeleteButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button size="xs" variant="subtle" color="red" aria-label={`Delete ${name}`} onClick={onClick}>
      Delete
    </Button>
  );
}

function BlackoutTable({
  windows,
  onDelete,
}: {
  windows: BlackoutView[];
  onDelete?: (window: BlackoutView) => void;
}) {
  if (windows.length === 0) {
    return <EmptyState title="No blackout windows" description="No change freeze is declared." />;
  }
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label="Blackout windows" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>To</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Reason</Table.Th>
            {onDelete && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {windows.map((window) => (
            <Table.Tr key={window.id}>
              <Table.Td fw={600}>{window.name}</Table.Td>
              <Table.Td>{formatDateTime(window.startsAt)}</Table.Td>
              <Table.Td>{formatDateTime(window.endsAt)}</Table.Td>
              <Table.Td>{scopeOf(window)}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {window.reason ?? ''}
                </Text>
              </Table.Td>
              {onDelete && (
                <Table.Td>
                  <DeleteButton name={window.name} onClick={() => onDelete(window)} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MaintenanceTable({
  windows,
  onDelete,
}: {
  windows: MaintenanceWindowView[];
  onDelete?: (window: MaintenanceWindowView) => void;
}) {
  if (windows.length === 0) {
    return (
      <EmptyState
        title="No maintenance windows"
        description="Without one, changes may be planned at any time outside a freeze."
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label="Maintenance windows" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Declared by</Table.Th>
            {onDelete && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {windows.map((window) => (
            <Table.Tr key={window.id}>
              <Table.Td fw={600}>{window.name}</Table.Td>
              <Table.Td>{window.summary}</Table.Td>
              <Table.Td>{scopeOf(window)}</Table.Td>
              <Table.Td>{window.createdBy}</Table.Td>
              {onDelete && (
                <Table.Td>
                  <DeleteButton name={window.name} onClick={() => onDelete(window)} />
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
  const [creating, setCreating] = useState<'blackout' | 'maintenance'>();
  const [deleting, setDeleting] = useState<Deleting>();

  return (
    <Stack gap="xl">
      <Stack gap={0}>
        <Title order={2}>Blackout and maintenance windows</Title>
        <Text size="sm" c="dimmed">
          A change planned in a blackout, or outside its items&apos; maintenance windows, is flagged
          as a conflict. A window scoped to an item covers everything that item depends on.
        </Text>
      </Stack>
      <Section
        title="Blackout windows"
        description="Change freezes: no change may be implemented in them"
        action={
          canEdit && <Button onClick={() => setCreating('blackout')}>New blackout window</Button>
        }
      >
        {blackouts.isPending ? (
          <Skeleton height={120} aria-label="Loading blackout windows" />
        ) : blackouts.isError ? (
          <ProblemAlert title="Could not load the blackout windows" error={blackouts.error} />
        ) : (
          <BlackoutTable
            windows={blackouts.data}
            onDelete={
              canEdit
                ? (window) => setDeleting({ kind: 'blackout', id: window.id, name: window.name })
                : undefined
            }
          />
        )}
      </Section>
      <Section
        title="Maintenance windows"
        description="When the items in their scope may be changed"
        action={
          canEdit && (
            <Button onClick={() => setCreating('maintenance')}>New maintenance window</Button>
          )
        }
      >
        {maintenance.isPending ? (
          <Skeleton height={120} aria-label="Loading maintenance windows" />
        ) : maintenance.isError ? (
          <ProblemAlert title="Could not load the maintenance windows" error={maintenance.error} />
        ) : (
          <MaintenanceTable
            windows={maintenance.data}
            onDelete={
              canEdit
                ? (window) => setDeleting({ kind: 'maintenance', id: window.id, name: window.name })
                : undefined
            }
          />
        )}
      </Section>
      <BlackoutFormModal opened={creating === 'blackout'} onClose={() => setCreating(undefined)} />
      <MaintenanceFormModal
        opened={creating === 'maintenance'}
        onClose={() => setCreating(undefined)}
      />
      <DeleteWindowModal target={deleting} onClose={() => setDeleting(undefined)} />
    </Stack>
  );
}
