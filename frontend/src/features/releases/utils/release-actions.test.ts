// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { releaseActions } from './release-actions';

const rita = { username: 'rita', roles: ['RELEASE_ENGINEER'] as const };
const carla = { username: 'carla', roles: ['CHANGE_MANAGER'] as const };
const audrey = { username: 'audrey', roles: ['AUDITOR'] as const };

const task = (id: string, kind: string, title: string, candidateGroups: string[] = []) => ({
  id,
  kind,
  title,
  candidateGroups,
});
const startTask = task('t-start', 'START_ROLLOUT', 'Start rollout');
const acceptTask = task('t-accept', 'ACCEPT_RELEASE', 'Accept release');
const reviewTask = task('t-review', 'REVIEW_ROLLOUT_PLAN', 'Review rollout plan');
const gateTask = task('t-gate', 'GO_NO_GO', 'Go / no-go');

describe('releaseActions', () => {
  it('offers "Start rollout" to a release engineer only while the task is open', () => {
    expect(
      releaseActions({ state: 'READY_TO_ROLL_OUT', openTasks: [startTask] }, rita).startRollout,
    ).toEqual(startTask);
    expect(
      releaseActions({ state: 'READY_TO_ROLL_OUT', openTasks: [] }, rita).startRollout,
    ).toBeUndefined();
    expect(
      releaseActions({ state: 'READY_TO_ROLL_OUT', openTasks: [startTask] }, carla).startRollout,
    ).toBeUndefined();
  });

  it('offers "Back out" to a release engineer only while rolling out', () => {
    expect(releaseActions({ state: 'ROLLING_OUT', openTasks: [] }, rita).backOut).toBe(true);
    for (const state of ['DRAFT', 'READY_TO_ROLL_OUT', 'BACKING_OUT', 'UPDATING_CMDB', 'CLOSED']) {
      expect(releaseActions({ state, openTasks: [] }, rita).backOut).toBe(false);
    }
    expect(releaseActions({ state: 'ROLLING_OUT', openTasks: [] }, audrey).backOut).toBe(false);
  });

  it('lets a release engineer edit and build only a planned release', () => {
    expect(releaseActions({ state: 'DRAFT', openTasks: [] }, rita)).toMatchObject({
      edit: true,
      build: true,
    });
    expect(releaseActions({ state: 'BUILDING', openTasks: [] }, rita)).toMatchObject({
      edit: false,
      build: false,
    });
    expect(releaseActions({ state: 'DRAFT', openTasks: [] }, carla)).toMatchObject({
      edit: false,
      build: false,
    });
  });

  it('links the other open tasks to the inbox for the roles that act on them', () => {
    const openTasks = [acceptTask, reviewTask, gateTask, startTask];
    const ids = (viewer: typeof rita | typeof carla | typeof audrey) =>
      releaseActions({ state: 'AWAITING_ACCEPTANCE', openTasks }, viewer).taskLinks.map(
        (t) => t.id,
      );

    expect(ids(rita)).toEqual(['t-accept', 't-gate']);
    expect(ids(carla)).toEqual(['t-accept', 't-review']);
    expect(ids(audrey)).toEqual([]);
  });

  it("links only the acceptance offered to the viewer's role, once", () => {
    const openTasks = [
      task('t-re', 'ACCEPT_RELEASE', 'Accept release', ['RELEASE_ENGINEER']),
      task('t-cm', 'ACCEPT_RELEASE', 'Accept release', ['CHANGE_MANAGER']),
    ];
    const ids = (viewer: {
      username: string;
      roles: readonly ('RELEASE_ENGINEER' | 'CHANGE_MANAGER')[];
    }) =>
      releaseActions({ state: 'AWAITING_ACCEPTANCE', openTasks }, viewer).taskLinks.map(
        (t) => t.id,
      );

    expect(ids(rita)).toEqual(['t-re']);
    expect(ids(carla)).toEqual(['t-cm']);
    expect(ids({ username: 'both', roles: ['RELEASE_ENGINEER', 'CHANGE_MANAGER'] })).toEqual([
      't-re',
    ]);
  });
});
