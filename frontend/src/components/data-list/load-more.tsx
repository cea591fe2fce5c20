import { Button, Center, Text } from '@mantine/core';

export type Noun = { one: string; other: string };

type LoadMoreProps = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  /** How many rows are shown. */
  count: number;
  noun: Noun;
};

/** Fetches the next keyset page, or says how many rows there are once all are shown. */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  count,
  noun,
}: LoadMoreProps) {
  return (
    <Center>
      {hasNextPage ? (
        <Button variant="default" onClick={onLoadMore} loading={isFetchingNextPage}>
          Load more
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {count} {count === 1 ? noun.one : noun.other}
        </Text>
      )}
    </Center>
  );
}
