import {
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatDateTime } from '@/lib/time-zone';

import { feedUrl, useFeedToken, useRotateFeedToken } from '../api/feed-token';

function FeedAddress({ label, url }: { label: string; url: string }) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput label={label} value={url} readOnly style={{ flex: 1 }} />
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <Button
              variant={copied ? 'light' : 'default'}
              onClick={copy}
              aria-label={`Copy ${label}`}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/**
 * The person's iCalendar feed addresses. The server keeps only a hash of the token, so the
 * addresses show right after "New link"; making one ends the previous one.
 */
export function SubscribeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const status = useFeedToken({ enabled: opened });
  const rotate = useRotateFeedToken();
  const made = rotate.data;

  return (
    <Modal opened={opened} onClose={onClose} title="Subscribe to the calendar" size="lg">
      <Stack>
        <Text size="sm">
          Add the address to your calendar app (Outlook, Google Calendar, Apple Calendar) as a
          subscription. Your feed has the changes you requested or implement, those touching what
          your teams own, their releases, and every blackout and maintenance window.
        </Text>
        {made?.personalFeed ? (
          <>
            <FeedAddress label="Your feed" url={feedUrl(made.personalFeed)} />
            {made.teamFeeds.map((feed) => (
              <FeedAddress key={feed.team} label={`Team ${feed.team}`} url={feedUrl(feed.path)} />
            ))}
            <Alert color="yellow" variant="light">
              Copy the addresses now: they are shown only once. Anyone with an address can read the
              feed; make a new link if one leaks.
            </Alert>
          </>
        ) : status.isPending ? (
          <Skeleton height={40} aria-label="Loading your feed" />
        ) : status.isError ? (
          <ProblemAlert title="Could not load your feed" error={status.error} />
        ) : status.data.active ? (
          <Text size="sm">
            You made a feed address on {formatDateTime(status.data.createdAt)}. It is shown only
            when made: make a new link to see an address again (the old one stops working).
          </Text>
        ) : (
          <Text size="sm">You have no feed address yet.</Text>
        )}
        {rotate.error && <ProblemAlert title="No new link" error={rotate.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button loading={rotate.isPending} onClick={() => rotate.mutate()}>
            New link
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
