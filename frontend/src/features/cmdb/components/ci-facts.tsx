import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';

import type { CiView } from '@/api/generated/types.gen';
import { ciTypeLabel, LIFECYCLE_LABELS } from '@/components/cmdb/ci-vocabulary';
import { CriticalityBadge } from '@/components/cmdb/criticality-badge';

import { Fact } from './fact';

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** What the CMDB knows of an item: its fields, then its attributes. */
export function CiFacts({ ci }: { ci: CiView }) {
  const attributes = Object.entries(ci.attributes);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Fact label="Type">{ciTypeLabel(ci.type)}</Fact>
        <Fact label="Environment">{ci.environment ?? '—'}</Fact>
        <Fact label="Location">{ci.location ?? '—'}</Fact>
        <Fact label="Criticality">
          <CriticalityBadge criticality={ci.criticality} />
        </Fact>
        <Fact label="Owner team">{ci.ownerGroup ?? '—'}</Fact>
        <Fact label="Lifecycle">{LIFECYCLE_LABELS[ci.lifecycleStatus] ?? ci.lifecycleStatus}</Fact>
        <Fact label="Version">{ci.version ?? '—'}</Fact>
      </SimpleGrid>
      <Stack gap={4}>
        <Title order={3} size="h5">
          Attributes
        </Title>
        {attributes.length === 0 ? (
          <Text size="sm" c="dimmed">
            None
          </Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={2} maw={600} aria-label="Attributes">
            <Table.Tbody>
              {attributes.map(([name, value]) => (
                <Table.Tr key={name}>
                  <Table.Th w={180} fw={500}>
                    {name}
                  </Table.Th>
                  <Table.Td>{asText(value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Stack>
  );
}
