import { Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { RowActions } from '@/components/ui/row-actions';
import { formatDateTime } from '@/lib/time-zone';

import { useAllChangeModels, type ChangeModel } from '../api/get-all-change-models';
import { useDeactivateChangeModel } from '../api/save-change-model';
import { categoryLabel, ciTypeLabel } from '../utils/vocabulary';

import { ChangeModelFormModal } from './change-model-form-modal';

function DeactivateModal({ model, onClose }: { model?: ChangeModel; onClose: () => void }) {
  const deactivate = useDeactivateChangeModel();
  return (
    <ConfirmModal
      opened={model !== undefined}
      onClose={onClose}
      title={model ? `Deactivate ${model.name}?` : ''}
      consequence="New RFCs can no longer use it. Changes already made from it keep it."
      confirmLabel="Deactivate"
      pending={deactivate.isPending}
      error={deactivate.error}
      onConfirm={() => model && deactivate.mutate(model.id, { onSuccess: onClose })}
    />
  );
}

type Editing = { model?: ChangeModel } | undefined;

/** Standard change models: pre-approved recipes requesters pick on the RFC form. Admins only. */
export function ChangeModelsPage() {
  const models = useAllChangeModels();
  const [editing, setEditing] = useState<Editing>();
  const [deactivating, setDeactivating] = useState<ChangeModel>();

  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2}>Change models</Title>
          <Text size="sm" c="dimmed">
            Standard changes: pre-approved recipes with fixed plans, for the CI types they allow
          </Text>
        </Stack>
        <Button onClick={() => setEditing({})}>New change model</Button>
      </Group>
      {models.isPending ? (
        <Skeleton height={160} aria-label="Loading change models" />
      ) : models.isError ? (
        <ProblemAlert title="Could not load the change models" error={models.error} />
      ) : models.data.length === 0 ? (
        <EmptyState
          title="No change models yet"
          description="A change model lets requesters file a standard change with its plans filled in."
        />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label="Change models" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Category</Table.Th>
                <Table.Th>Allowed CI types</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last changed</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {models.data.map((model) => (
                <Table.Tr key={model.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {model.name}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {model.description ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{model.category ? categoryLabel(model.category) : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {model.allowedCiTypes.map((type) => (
                        <Badge key={type} variant="outline" radius="sm" tt="none">
                          {ciTypeLabel(type)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={model.active ? 'teal' : 'gray'} variant="light">
                      {model.active ? 'Active' : 'Inactive'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(model.updatedAt ?? model.createdAt)}</Table.Td>
                  <Table.Td>
                    <RowActions
                      name={model.name}
                      onEdit={() => setEditing({ model })}
                      danger={
                        model.active
                          ? { label: 'Deactivate', onClick: () => setDeactivating(model) }
                          : undefined
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ChangeModelFormModal
        opened={editing !== undefined}
        model={editing?.model}
        onClose={() => setEditing(undefined)}
      />
      <DeactivateModal model={deactivating} onClose={() => setDeactivating(undefined)} />
    </Stack>
  );
}
