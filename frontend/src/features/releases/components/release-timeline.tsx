import { Text, Timeline } from '@mantine/core';

import type { ReleaseHistoryEntry } from '../api/get-release';
import { stateLabel } from '../utils/vocabulary';

const when = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** What happened to the release, oldest first, so it reads like a story. */
export function ReleaseTimeline({ history }: { history: readonly ReleaseHistoryEntry[] }) {
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing has happened yet.
      </Text>
    );
  }
  const ordered = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <Timeline active={ordered.length - 1} bulletSize={14} lineWidth={2}>
      {ordered.map((entry, index) => (
        <Timeline.Item key={`${entry.at}:${entry.elementId}:${index}`} title={entry.stepName}>
          <Text size="xs" c="dimmed">
            {when(entry.at)}
            {entry.actor && ` · ${entry.actor}`}
            {entry.wave && ` · wave ${entry.wave}`}
            {entry.state && ` · ${stateLabel(entry.state)}`}
          </Text>
          {entry.outcome && (
            <Text size="sm" fw={500}>
              {entry.outcome}
            </Text>
          )}
          {entry.detail && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.detail}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
