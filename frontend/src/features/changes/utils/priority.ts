import type { Priority } from './vocabulary';

/**
 * The ITIL priority of a change from its impact and urgency (each 1 = high .. 3 = low):
 * P(impact + urgency − 1), so 1/1 is P1 and 3/3 is P5. The backend's change_priority decision
 * has the final word; this only shows the requester what to expect. Undefined until both are set.
 */
export function itilPriority(
  impact: number | null | undefined,
  urgency: number | null | undefined,
): Priority | undefined {
  if (!isLevel(impact) || !isLevel(urgency)) return undefined;
  return `P${impact + urgency - 1}` as Priority;
}

function isLevel(value: number | null | undefined): value is number {
  return value === 1 || value === 2 || value === 3;
}
