import { Paper, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

type KpiTileProps = { name: string; value: ReactNode; detail?: ReactNode };

/** One KPI of the range: its name, its value large, and what it counts. */
export function KpiTile({ name, value, detail }: KpiTileProps) {
  const nameId = useId();
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-labelledby={nameId}>
      <Text id={nameId} size="sm" c="dimmed">
        {name}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}
