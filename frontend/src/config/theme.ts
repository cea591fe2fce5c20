import { createTheme } from '@mantine/core';

// System fonts only: the Content-Security-Policy allows no external font hosts.
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
});
