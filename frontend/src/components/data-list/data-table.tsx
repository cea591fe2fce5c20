import { Anchor, Skeleton, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { ScrollTable } from './scroll-table';

export type Column<T> = { header: string; cell: (row: T) => ReactNode };

type ColumnsProps<T> = {
  /** What the rows are, e.g. "Changes"; names the table's scroll region. */
  label: string;
  columns: readonly Column<T>[];
  minWidth?: number;
};

type DataTableProps<T> = ColumnsProps<T> & {
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Where a click on the row leads; the row's key link leads there too. */
  rowHref: (row: T) => string;
};

/** Tall lists keep their header in view; the page around them stays put. */
const MAX_HEIGHT = '70vh';

function Head<T>({ columns }: { columns: readonly Column<T>[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column.header}>{column.header}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** The key of a row as the link keyboard and screen reader users follow (the row click is extra). */
export function KeyLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor
      component={Link}
      to={to}
      onClick={(event) => event.stopPropagation()}
      fw={600}
      size="sm"
      style={{ whiteSpace: 'nowrap' }}
    >
      {children}
    </Anchor>
  );
}

/** The rows of a list page: one per item, the whole row leading to the item. */
export function DataTable<T>({
  label,
  columns,
  minWidth = 900,
  rows,
  rowKey,
  rowHref,
}: DataTableProps<T>) {
  const navigate = useNavigate();
  return (
    <ScrollTable
      label={label}
      minWidth={minWidth}
      maxHeight={MAX_HEIGHT}
      highlightOnHover
      verticalSpacing="xs"
    >
      <Head columns={columns} />
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={rowKey(row)}
            onClick={() => void navigate(rowHref(row))}
            style={{ cursor: 'pointer' }}
          >
            {columns.map((column) => (
              <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** The table's shape while the first page loads. */
export function DataTableSkeleton<T>({ label, columns, minWidth = 900 }: ColumnsProps<T>) {
  return (
    <ScrollTable
      label={`Loading ${label.toLowerCase()}`}
      minWidth={minWidth}
      aria-busy="true"
      verticalSpacing="xs"
    >
      <Head columns={columns} />
      <Table.Tbody>
        {Array.from({ length: 6 }, (_, row) => (
          <Table.Tr key={row}>
            {columns.map((column) => (
              <Table.Td key={column.header}>
                <Skeleton height={14} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
