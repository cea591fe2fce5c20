import { ProcessTimeline } from '@/components/ui/process-timeline';

import type { ReleaseHistoryEntry } from '../api/get-release';
import { stateLabel } from '../utils/vocabulary';

/** What happened to the release, oldest first, with the wave of each wave step. */
export function ReleaseTimeline({ history }: { history: readonly ReleaseHistoryEntry[] }) {
  return (
    <ProcessTimeline
      history={history}
      context={(entry) =>
        [entry.wave && `wave ${entry.wave}`, entry.state && stateLabel(entry.state)]
          .filter(Boolean)
          .join(' · ') || null
      }
    />
  );
}
