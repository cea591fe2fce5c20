import { ProcessTimeline } from '@/components/ui/process-timeline';

import type { HistoryEntry } from '../api/get-change';
import { STATE_LABELS } from '../utils/vocabulary';

/** What happened to the change, oldest first. */
export function ChangeTimeline({ history }: { history: readonly HistoryEntry[] }) {
  return (
    <ProcessTimeline
      history={history}
      context={(entry) => (entry.state ? STATE_LABELS[entry.state] : null)}
    />
  );
}
