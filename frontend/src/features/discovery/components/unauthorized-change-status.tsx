import { Badge } from '@mantine/core';

import type { UnauthorizedChangeStatus } from '../api/get-unauthorized-changes';
import { STATUS_COLORS, STATUS_LABELS } from '../utils/vocabulary';

export function UnauthorizedChangeStatusBadge({ status }: { status: UnauthorizedChangeStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
