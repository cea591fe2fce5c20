import type { SaveOutcome } from '@/features/changes/components/change-form';
import { flashState } from '@/lib/flash';

/** What the change page should say after the RFC form saved it. */
export function savedFlash({ change, submitted, submitError }: SaveOutcome) {
  if (submitError)
    return flashState(
      `${change.key} was saved as a draft but not submitted: ${submitError}`,
      'red',
    );
  return flashState(
    submitted ? `${change.key} was submitted.` : `${change.key} was saved as a draft.`,
  );
}
