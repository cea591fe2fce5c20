import type { Role } from '@/lib/roles';

import type { ReleaseTask } from '../api/get-release';

export type Viewer = { username: string; roles: readonly Role[] };

/** Before "Build" the release is still a plan: its contents, waves and texts may change. */
export function isEditable(state: string): boolean {
  return state === 'DRAFT';
}

/** Release engineers bundle changes into releases. */
export function canCreateRelease(roles: readonly Role[]): boolean {
  return roles.includes('RELEASE_ENGINEER');
}

/** Who acts on each kind of release task (its candidate groups in the release process). */
const TASK_ROLES: Record<string, readonly Role[]> = {
  ACCEPT_RELEASE: ['RELEASE_ENGINEER', 'CHANGE_MANAGER'],
  REVIEW_ROLLOUT_PLAN: ['CHANGE_MANAGER'],
  START_ROLLOUT: ['RELEASE_ENGINEER'],
  GO_NO_GO: ['RELEASE_ENGINEER'],
};

// A task offered to groups is for those groups only: "Accept release" runs once per role.
const mayAct = (task: ReleaseTask, roles: readonly Role[]) =>
  (task.candidateGroups.length > 0
    ? task.candidateGroups
    : (TASK_ROLES[task.kind] ?? ['RELEASE_ENGINEER', 'CHANGE_MANAGER'])
  ).some((role) => (roles as readonly string[]).includes(role));

/** One link per kind of task: someone holding both roles still sees one "Accept release". */
const firstOfEachKind = (tasks: readonly ReleaseTask[]) =>
  tasks.filter((task, index) => tasks.findIndex((other) => other.kind === task.kind) === index);

export type ReleaseActions = {
  /** Release engineers may change the plan until it is built. */
  edit: boolean;
  build: boolean;
  /** The open START_ROLLOUT task the big button completes. */
  startRollout: ReleaseTask | undefined;
  /** Other open tasks the viewer could act on, done on their inbox page. */
  taskLinks: ReleaseTask[];
  backOut: boolean;
};

/**
 * What `viewer` may do to a release in its current state. The server decides; this only hides
 * buttons that would fail.
 */
export function releaseActions(
  release: { state: string; openTasks: readonly ReleaseTask[] },
  viewer: Viewer,
): ReleaseActions {
  const engineer = viewer.roles.includes('RELEASE_ENGINEER');
  const startRollout = engineer
    ? release.openTasks.find((task) => task.kind === 'START_ROLLOUT')
    : undefined;
  return {
    edit: engineer && isEditable(release.state),
    build: engineer && isEditable(release.state),
    startRollout,
    taskLinks: firstOfEachKind(
      release.openTasks.filter(
        (task) => task.kind !== 'START_ROLLOUT' && mayAct(task, viewer.roles),
      ),
    ),
    backOut: engineer && release.state === 'ROLLING_OUT',
  };
}
