import { Badge, createTheme } from '@mantine/core';

// System fonts only: the Content-Security-Policy allows no external font hosts.
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  components: {
    // A badge is a word people scan for ("Draft", "Closed"): never cut to "DRA…", however
    // narrow the column; the table scrolls instead.
    Badge: Badge.extend({
      styles: {
        root: { overflow: 'visible', minWidth: 'max-content', flexShrink: 0 },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});
