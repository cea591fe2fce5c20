import { Badge } from '@mantine/core';

import { CRITICALITY_COLORS, CRITICALITY_LABELS, type Criticality } from './ci-vocabulary';

export function CriticalityBadge({ criticality }: { criticality?: Criticality | null }) {
  if (!criticality) return '—';
  return (
    <Badge color={CRITICALITY_COLORS[criticality]} variant="light">
      {CRITICALITY_LABELS[criticality]}
    </Badge>
  );
}
