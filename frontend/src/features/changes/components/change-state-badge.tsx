import { Badge } from '@mantine/core';

import { STATE_COLORS, STATE_LABELS, type ChangeState } from '../utils/vocabulary';

export function ChangeStateBadge({
  state,
  size = 'sm',
}: {
  state: ChangeState;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge color={STATE_COLORS[state]} variant="light" size={size}>
      {STATE_LABELS[state]}
    </Badge>
  );
}
