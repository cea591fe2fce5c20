import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import type { ChangeView } from '../api/get-change';
import { CATEGORY_LABELS } from '../utils/vocabulary';
import { usePersonName } from '@/hooks/use-person-name';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function LongText({ children }: { children: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  );
}

function Tags({ values, empty }: { values: readonly string[]; empty: string }) {
  if (values.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Group gap={6}>
      {values.map((value) => (
        <Badge key={value} variant="outline" radius="sm" tt="none">
          {value}
        </Badge>
      ))}
    </Group>
  );
}

/** A CI as people know it: its name, then the key that identifies it ("checkout-api · CI-00009"). */
function ciLabel(key: string, cis: ChangeView['cis']): string {
  const ci = cis.find((item) => item.key === key);
  return ci ? `${ci.name} · ${key}` : key;
}

function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}

export function ChangeOverview({ change }: { change: ChangeView }) {
  const personName = usePersonName();
  return (
    <Stack>
      <Section title="Description">
        <LongText>{change.description ?? ''}</LongText>
      </Section>
      <Section title="Justification">
        <LongText>{change.justification ?? ''}</LongText>
      </Section>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Section title="Category">
          <Text size="sm">{change.category ? CATEGORY_LABELS[change.category] : '—'}</Text>
        </Section>
        <Section title="Impact / urgency">
          <Text size="sm">
            {change.impact ?? '—'} / {change.urgency ?? '—'}
          </Text>
        </Section>
        <Section title="Implementer">
          <Text size="sm">
            {change.implementer ? personName(change.implementer) : 'Not assigned'}
          </Text>
        </Section>
      </SimpleGrid>
      <Section title="Affected CIs">
        <Tags values={change.affectedCis.map((key) => ciLabel(key, change.cis))} empty="None" />
      </Section>
      <Section title="Incident and problem references">
        <Tags values={change.incidentRefs} empty="None" />
      </Section>
      {change.closeReason && (
        <Section title="Closed because">
          <LongText>{change.closeReason}</LongText>
        </Section>
      )}
      <Section title="Attachments">
        {change.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            None
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th>SHA-256</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {change.attachments.map((a) => (
                  <Table.Tr key={`${a.name}:${a.sha256}`}>
                    <Table.Td>{a.name}</Table.Td>
                    <Table.Td>{formatBytes(a.size)}</Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {a.sha256}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
    </Stack>
  );
}

export function ChangePlans({ change }: { change: ChangeView }) {
  return (
    <Stack>
      <Section title="Implementation plan">
        <LongText>{change.implementationPlan ?? ''}</LongText>
      </Section>
      <Section title="Test plan">
        <LongText>{change.testPlan ?? ''}</LongText>
      </Section>
      <Section title="Backout plan">
        <LongText>{change.backoutPlan ?? ''}</LongText>
      </Section>
    </Stack>
  );
}
