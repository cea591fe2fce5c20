import { Alert } from '@mantine/core';

import { useFlash } from '@/lib/flash';

/** Shows the message the previous page left for this one, if any. */
export function FlashAlert() {
  const flash = useFlash();
  if (!flash) return null;
  return (
    <Alert color={flash.color ?? 'green'} variant="light" role="status">
      {flash.message}
    </Alert>
  );
}
