import { Text, Timeline } from '@mantine/core';

import { formatDateTime } from '@/lib/time-zone';
import { usePersonName } from '@/hooks/use-person-name';

/** One step of a change's or a release's history, as the API shows it. */
export type TimelineEntry = {
  at: string;
  elementId?: string | null;
  stepName?: string | null;
  actor?: string | null;
  outcome?: string | null;
  detail?: string | null;
};

const when = formatDateTime;

/**
 * What happened, oldest first, so it reads like a story. `context` adds what the caller knows
 * about a step (the state it moved to, the wave it belongs to) after who took it.
 */
export function ProcessTimeline<E extends TimelineEntry>({
  history,
  context,
}: {
  history: readonly E[];
  context?: (entry: E) => string | null | undefined;
}) {
  const personName = usePersonName();
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
      {ordered.map((entry, index) => {
        const extra = context?.(entry);
        return (
          <Timeline.Item
            key={`${entry.at}:${entry.elementId}:${index}`}
            title={entry.stepName ?? entry.elementId}
          >
            <Text size="xs" c="dimmed">
              {when(entry.at)}
              {entry.actor && ` · ${personName(entry.actor)}`}
              {extra && ` · ${extra}`}
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
        );
      })}
    </Timeline>
  );
}
