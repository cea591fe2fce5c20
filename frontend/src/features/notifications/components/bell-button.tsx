import { ActionIcon, Indicator } from '@mantine/core';
import { forwardRef } from 'react';

import { BellIcon } from './bell-icon';

type BellButtonProps = { count: number; onClick: () => void; expanded?: boolean };

/** The bell with its unread badge; a ref target so a popover can anchor on it. */
export const BellButton = forwardRef<HTMLButtonElement, BellButtonProps>(function BellButton(
  { count, onClick, expanded = false },
  ref,
) {
  return (
    <Indicator
      label={count > 99 ? '99+' : count}
      size={16}
      color="red"
      disabled={count === 0}
      offset={4}
    >
      <ActionIcon
        ref={ref}
        variant="subtle"
        color="gray"
        size="lg"
        onClick={onClick}
        aria-haspopup="dialog"
        aria-expanded={expanded}
        aria-label={count > 0 ? `Notifications, ${count} unread` : 'Notifications'}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
});
