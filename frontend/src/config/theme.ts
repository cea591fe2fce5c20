import {
  Badge,
  createTheme,
  TableScrollContainer,
  darken,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// System fonts only: the Content-Security-Policy allows no external font hosts.
export const theme = createTheme({
  primaryColor: 'indigo',
  // Indigo 6 on white (links, light badges, the active navigation entry) is 4.1:1; 8 is 5.6:1.
  primaryShade: 8,
  defaultRadius: 'md',
  components: {
    // A badge is a word people scan for ("Draft", "Closed"): never cut to "DRA…", however
    // narrow the column; the table scrolls instead.
    // A table that scrolls sideways must scroll by keyboard too: its viewport takes focus.
    TableScrollContainer: TableScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
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
 *
 * Light and subtle variants (state badges, role badges, the active navigation entry, light
 * alerts) draw their text in one shade on a tint of the same colour: green 9 on green's tint is
 * 3.8:1, indigo 8 on its hover tint 3.5:1. Their text is shade 9 darkened by 30 %, 6:1 or more
 * on every tint, still recognisably the badge's colour.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const lightText = (shades: MantineColorsTuple) => darken(shades[9], 0.3);
  return {
    variables: {},
    light: {
      '--mantine-color-dimmed': t.colors.gray[7],
      ...Object.fromEntries(
        Object.entries(t.colors).map(([name, shades]) => [
          `--mantine-color-${name}-light-color`,
          lightText(shades),
        ]),
      ),
      '--mantine-primary-color-light-color': lightText(t.colors.indigo),
    },
    dark: {},
  };
};
