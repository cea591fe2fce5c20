import { ProcessTimeline } from '@/components/ui/process-timeline';
import { usePersonName } from '@/hooks/use-person-name';

import type { ReleaseHistoryEntry } from '../api/get-release';
import { stateLabel } from '../utils/vocabulary';

/** The timeline's id for a change manager's window override (no BPMN element). */
const OVERRIDE_STEP = 'rollout_override';

/** What happened to the release, oldest first, with the wave of each wave step. */
export function ReleaseTimeline({ history }: { history: readonly ReleaseHistoryEntry[] }) {
  const personName = usePersonName();
  // An override reads as one sentence: who let it roll out, and why.
  const entries = history.map((entry) =>
    entry.elementId === OVERRIDE_STEP
      ? {
          ...entry,
          stepName: `Window override by ${personName(entry.actor ?? 'someone')}: ${entry.detail ?? ''}`,
          outcome: null,
          detail: null,
        }
      : entry,
  );
  return (
    <ProcessTimeline
      history={entries}
      context={(entry) =>
        [entry.wave && `wave ${entry.wave}`, entry.state && stateLabel(entry.state)]
          .filter(Boolean)
          .join(' · ') || null
      }
    />
  );
}
