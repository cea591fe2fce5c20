import { ActionIcon, Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { ScrollTable } from '@/components/data-list/scroll-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';

import { useAddReleaseChange } from '../api/add-release-change';
import { useCandidates } from '../api/get-candidates';
import type { ReleaseView } from '../api/get-release';
import { useRemoveReleaseChange } from '../api/remove-release-change';
import { humanize } from '../utils/vocabulary';

function AddChange({ releaseKey }: { releaseKey: string }) {
  const candidates = useCandidates();
  const add = useAddReleaseChange();
  const [changeKey, setChangeKey] = useState<string | null>(null);
  const options = (candidates.data ?? []).map((c) => ({
    value: c.key,
    label: `${c.key} ${c.title}`,
  }));

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <Select
          label="Add a change ready for release"
          placeholder={options.length === 0 ? 'None ready' : 'Pick a change'}
          data={options}
          value={changeKey}
          onChange={setChangeKey}
          searchable
          w={420}
          disabled={options.length === 0}
        />
        <Button
          disabled={!changeKey}
          loading={add.isPending}
          onClick={() =>
            changeKey &&
            add.mutate({ key: releaseKey, changeKey }, { onSuccess: () => setChangeKey(null) })
          }
        >
          Add change
        </Button>
      </Group>
      {add.error && <ProblemAlert error={add.error} />}
    </Stack>
  );
}

/** The changes the release carries; before the build they may be added and removed. */
export function ReleaseChanges({ release, editable }: { release: ReleaseView; editable: boolean }) {
  const remove = useRemoveReleaseChange();
  return (
    <Stack>
      {release.changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No changes yet.
        </Text>
      ) : (
        <ScrollTable label="Changes in this release" minWidth={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Change</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>State</Table.Th>
              {editable && <Table.Th aria-label="Actions" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {release.changes.map((change) => (
              <Table.Tr key={change.key}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={paths.change.getHref(change.key)}
                    fw={600}
                    size="sm"
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {change.key}
                  </Anchor>
                </Table.Td>
                <Table.Td>{change.title}</Table.Td>
                <Table.Td>{humanize(change.state)}</Table.Td>
                {editable && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${change.key}`}
                      loading={remove.isPending && remove.variables?.changeKey === change.key}
                      onClick={() => remove.mutate({ key: release.key, changeKey: change.key })}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {remove.error && <ProblemAlert error={remove.error} />}
      {editable && <AddChange releaseKey={release.key} />}
    </Stack>
  );
}
