import { Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { EmptyState } from '@/components/ui/empty-state';
import { RowActions } from '@/components/ui/row-actions';
import type { Role } from '@/lib/roles';

import { useHardware, type Hardware } from '../api/get-hardware';
import { statusColor, statusLabel } from '../utils/vocabulary';

import { DeleteHardwareModal } from './delete-hardware-modal';
import { HardwareFormModal } from './hardware-form-modal';

/** Release engineers keep the store; admins and auditors read it. */
export function canEditHardware(roles: readonly Role[]): boolean {
  return roles.includes('RELEASE_ENGINEER');
}

type Editing = { item?: Hardware } | undefined;

export function HardwarePage({ roles }: { roles: readonly Role[] }) {
  const hardware = useHardware();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<Hardware>();
  const canEdit = canEditHardware(roles);

  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2}>Hardware</Title>
          <Text size="sm" c="dimmed">
            Definitive hardware store: spare and deployed hardware the releases rely on
          </Text>
        </Stack>
        {canEdit && <Button onClick={() => setEditing({})}>New hardware</Button>}
      </Group>
      {hardware.isPending ? (
        <Skeleton height={160} aria-label="Loading hardware" />
      ) : hardware.isError ? (
        <ProblemAlert title="Could not load the hardware" error={hardware.error} />
      ) : hardware.data.length === 0 ? (
        <EmptyState
          title="No hardware yet"
          description="Items of the hardware store are listed here."
        />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label="Hardware" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Model</Table.Th>
                <Table.Th>Serial number</Table.Th>
                <Table.Th>Location</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Linked CI</Table.Th>
                <Table.Th>Notes</Table.Th>
                {canEdit && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hardware.data.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td fw={600}>{item.name}</Table.Td>
                  <Table.Td>{item.model ?? '—'}</Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {item.serialNumber ?? '—'}
                  </Table.Td>
                  <Table.Td>{item.location ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColor(item.status)} variant="light">
                      {statusLabel(item.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{item.ciName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {item.notes ?? ''}
                    </Text>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <RowActions
                        name={item.name}
                        onEdit={() => setEditing({ item })}
                        danger={{ label: 'Delete', onClick: () => setDeleting(item) }}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <HardwareFormModal
        opened={editing !== undefined}
        item={editing?.item}
        onClose={() => setEditing(undefined)}
      />
      <DeleteHardwareModal item={deleting} onClose={() => setDeleting(undefined)} />
    </Stack>
  );
}
