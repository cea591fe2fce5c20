import { lazy, Suspense, useState } from 'react';

import { useUnreadCount } from '../api/get-unread-count';

import { BellButton } from './bell-button';

// The popover (and the positioning library under it) stays out of the initial bundle until the
// bell is first clicked.
const NotificationsPopover = lazy(async () => ({
  default: (await import('./notifications-popover')).NotificationsPopover,
}));

/** The header bell: the unread count, polled, and the latest notifications on click. */
export function NotificationsBell() {
  const unread = useUnreadCount();
  const [activated, setActivated] = useState(false);
  const count = unread.data ?? 0;

  const idle = <BellButton count={count} onClick={() => setActivated(true)} />;
  if (!activated) return idle;
  return (
    <Suspense fallback={idle}>
      <NotificationsPopover count={count} />
    </Suspense>
  );
}
