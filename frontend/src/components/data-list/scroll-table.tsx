import { Table, type TableProps } from '@mantine/core';

type ScrollTableProps = TableProps & {
  /** Names the scroll region, e.g. "Changes": keyboard users reach it with Tab and scroll it. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Caps the height; the rows then scroll under a sticky header. */
  maxHeight?: string;
};

/**
 * A table that scrolls inside its own box on narrow screens. The box is focusable and named, so
 * it can be scrolled without a mouse (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, minWidth, maxHeight, children, ...table }: ScrollTableProps) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      mah={maxHeight}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <Table stickyHeader={maxHeight !== undefined} {...table}>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
