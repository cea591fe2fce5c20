import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { DataTable, DataTableSkeleton, type Column } from './data-table';
import { LoadMore, type Noun } from './load-more';

/** One page of a keyset-paginated list, as the API sends it. */
export type KeysetPage<T> = { items: readonly T[]; next?: string | null };

/** The parts of a TanStack infinite query over keyset pages that a list shows. */
export type KeysetQuery<T> = {
  data?: { pages: readonly KeysetPage<T>[] };
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

type DataListProps<T> = {
  query: KeysetQuery<T>;
  /** What the rows are, capitalised: "Changes". */
  label: string;
  noun: Noun;
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowHref: (row: T) => string;
  minWidth?: number;
  /** What the empty list says; lists tell "nothing matches" from "nothing yet". */
  empty: { title: string; description: string };
};

/** A list page's body: skeleton, error, empty state, or the rows with "Load more". */
export function DataList<T>({ query, label, noun, columns, empty, ...table }: DataListProps<T>) {
  if (query.isPending) return <DataTableSkeleton label={label} columns={columns} />;
  if (query.isError)
    return <ProblemAlert title={`Could not load ${noun.other}`} error={query.error} />;
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (rows.length === 0) return <EmptyState title={empty.title} description={empty.description} />;
  return (
    <>
      <DataTable label={label} columns={columns} rows={rows} {...table} />
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        count={rows.length}
        noun={noun}
      />
    </>
  );
}
