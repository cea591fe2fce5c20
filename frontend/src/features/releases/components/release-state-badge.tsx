import { Badge } from '@mantine/core';

import { stateColor, stateLabel } from '../utils/vocabulary';

export function ReleaseStateBadge({
  state,
  size = 'sm',
}: {
  state: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge color={stateColor(state)} variant="light" size={size}>
      {stateLabel(state)}
    </Badge>
  );
}
