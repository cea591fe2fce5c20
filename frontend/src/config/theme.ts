import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

// System fonts only: the Content-Security-Policy allows no external font hosts.
export const theme = createTheme({
  primaryColor: 'indigo',
  // Indigo 6 on white (links, light badges, the active navigation entry) is 4.1:1; 8 is 5.6:1.
  primaryShade: 8,
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

/**
 * Mantine's dimmed text (gray 6 on white, 3.3:1) is too faint to read: WCAG AA asks 4.5:1 for
 * body text. Gray 7 keeps it secondary at 7:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    // Light variants (badges, the active navigation entry) draw their text in shade 6.
    '--mantine-color-indigo-light-color': t.colors.indigo[8],
    '--mantine-primary-color-light-color': t.colors.indigo[8],
  },
  dark: {},
});
