import { Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { browserTimeZone, formatInZone, formatWindow } from '@/lib/time-zone';

import type { ReleaseView } from '../api/get-release';
import { humanize } from '../utils/vocabulary';

import { ReleaseForm } from './release-form';
import { ReleaseNotesEditor } from './release-notes-editor';
import { usePersonName } from '@/hooks/use-person-name';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Tags({ values }: { values: readonly string[] }) {
  if (values.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None
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

export function ReleaseOverview({
  release,
  editable,
}: {
  release: ReleaseView;
  editable: boolean;
}) {
  const personName = usePersonName();
  const [editing, setEditing] = useState(false);
  const zone = browserTimeZone();

  if (editing) {
    return (
      <ReleaseForm
        release={release}
        onSaved={() => setEditing(false)}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <Stack>
      {editable && (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit details
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Section title="Type">
          <Text size="sm">{humanize(release.type)}</Text>
        </Section>
        <Section title="Release unit">
          <Tags values={release.releaseUnit.map(humanize)} />
        </Section>
        <Section title="Environments">
          <Tags values={release.environments} />
        </Section>
        <Section title="Planned window">
          <Text size="sm">{formatWindow(release.plannedStart, release.plannedEnd, zone)}</Text>
        </Section>
        <Section title="Created">
          <Text size="sm">
            {formatInZone(release.createdAt, zone)}
            {release.createdBy && ` by ${personName(release.createdBy)}`}
          </Text>
        </Section>
      </SimpleGrid>
      <Section title="Release notes">
        <ReleaseNotesEditor release={release} editable={editable} />
      </Section>
      <Section title="Backout plan">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {release.backoutPlan || '—'}
        </Text>
      </Section>
    </Stack>
  );
}
