// The words of the release process, as the API spells them, and how the UI shows them.
// States are read leniently (a state this UI does not know yet still shows, by its name).

export const RELEASE_STATES = [
  'DRAFT',
  'BUILDING',
  'TESTING',
  'AWAITING_ACCEPTANCE',
  'PLAN_REVIEW',
  'READY_TO_ROLL_OUT',
  'ROLLING_OUT',
  'BACKING_OUT',
  'UPDATING_CMDB',
  'CLOSED',
  'BACKED_OUT',
  'FAILED',
  'REJECTED',
] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

/** States in which workers are busy and the page polls for news. */
export const RUNNING_STATES: readonly string[] = [
  'BUILDING',
  'TESTING',
  'ROLLING_OUT',
  'BACKING_OUT',
  'UPDATING_CMDB',
];

export function isRunning(state: string): boolean {
  return RUNNING_STATES.includes(state);
}

/** States a release ends in. */
export const FINAL_STATES: readonly string[] = ['CLOSED', 'BACKED_OUT', 'FAILED', 'REJECTED'];

/**
 * Whether the release moves on without anyone: workers run, or the process is between two
 * people's tasks (say, just after "Start rollout", or before the acceptance tasks arrive).
 */
export function isMoving(release: { state: string; openTasks: readonly unknown[] }): boolean {
  if (isRunning(release.state)) return true;
  return (
    release.state !== 'DRAFT' &&
    !FINAL_STATES.includes(release.state) &&
    release.openTasks.length === 0
  );
}

const STATE_LABELS: Record<ReleaseState, string> = {
  DRAFT: 'Draft',
  BUILDING: 'Building',
  TESTING: 'Testing',
  AWAITING_ACCEPTANCE: 'Awaiting acceptance',
  PLAN_REVIEW: 'Rollout plan review',
  READY_TO_ROLL_OUT: 'Ready to roll out',
  ROLLING_OUT: 'Rolling out',
  BACKING_OUT: 'Backing out',
  UPDATING_CMDB: 'Updating CMDB',
  CLOSED: 'Closed',
  BACKED_OUT: 'Backed out',
  FAILED: 'Failed',
  REJECTED: 'Rejected',
};

const STATE_COLORS: Record<ReleaseState, string> = {
  DRAFT: 'gray',
  BUILDING: 'blue',
  TESTING: 'blue',
  AWAITING_ACCEPTANCE: 'violet',
  PLAN_REVIEW: 'violet',
  READY_TO_ROLL_OUT: 'teal',
  ROLLING_OUT: 'cyan',
  BACKING_OUT: 'orange',
  UPDATING_CMDB: 'cyan',
  CLOSED: 'green',
  BACKED_OUT: 'orange',
  FAILED: 'red',
  REJECTED: 'red',
};

function isKnown(state: string): state is ReleaseState {
  return (RELEASE_STATES as readonly string[]).includes(state);
}

/** "ROLLING_OUT" as "Rolling out"; unknown states by their words. */
export function humanize(word: string): string {
  const text = word.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function stateLabel(state: string): string {
  return isKnown(state) ? STATE_LABELS[state] : humanize(state);
}

export function stateColor(state: string): string {
  return isKnown(state) ? STATE_COLORS[state] : 'gray';
}

export const RELEASE_TYPES = ['DELTA', 'FULL', 'PACKAGE'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

export const TYPE_LABELS: Record<ReleaseType, string> = {
  DELTA: 'Delta',
  FULL: 'Full',
  PACKAGE: 'Package',
};

/** What a release unit is made of: the CMDB's configuration item types. */
export const CI_TYPES = [
  'APPLICATION',
  'SERVER',
  'DATABASE',
  'NETWORK',
  'SERVICE',
  'CERTIFICATE',
] as const;
export type CiType = (typeof CI_TYPES)[number];

/** Environments offered first; others may be typed. */
export const SUGGESTED_ENVIRONMENTS = ['dev', 'test', 'staging', 'prod'];

export const WAVE_STATES = [
  'PENDING',
  'DEPLOYING',
  'VERIFYING',
  'DONE',
  'FAILED',
  'BACKED_OUT',
] as const;

const WAVE_COLORS: Record<string, string> = {
  PENDING: 'gray',
  DEPLOYING: 'blue',
  VERIFYING: 'cyan',
  DONE: 'green',
  FAILED: 'red',
  BACKED_OUT: 'orange',
};

export function waveColor(state: string): string {
  return WAVE_COLORS[state] ?? 'gray';
}

/** The dates a period of the releases list can bound, as the API names them. */
export const RELEASE_DATES = ['CREATED', 'ENDED'] as const;
export type ReleaseDate = (typeof RELEASE_DATES)[number];
export const RELEASE_DATE_LABELS: Record<ReleaseDate, string> = {
  CREATED: 'Created',
  ENDED: 'Rolled out or ended',
};

/** The orders of the releases list; CREATED (newest first) is the default. */
export const RELEASE_SORTS = ['CREATED', 'PLANNED_START', 'ENDED'] as const;
export type ReleaseSort = (typeof RELEASE_SORTS)[number];
export const RELEASE_SORT_LABELS: Record<ReleaseSort, string> = {
  CREATED: 'Newest first',
  PLANNED_START: 'Planned start, earliest first',
  ENDED: 'Latest rolled out first',
};
