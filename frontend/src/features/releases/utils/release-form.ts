import { z } from 'zod';

import { browserTimeZone, isoToWallTime, wallTimeToIso, type WallTime } from '@/lib/time-zone';

import { releaseCreateSchema } from '../api/create-release';
import type { ReleaseView } from '../api/get-release';
import { releaseUpdateSchema } from '../api/update-release';

import type { CiType, ReleaseType } from './vocabulary';

/**
 * What the release form edits: the request body, except that the type may be unset and the
 * planned window is wall-clock time in the browser's zone (what a datetime-local input holds).
 */
export type ReleaseFormValues = {
  name: string;
  type: ReleaseType | null;
  releaseUnit: CiType[];
  environments: string[];
  plannedStart: WallTime;
  plannedEnd: WallTime;
  backoutPlan: string;
  /** Only when creating: the changes to bundle. */
  changeKeys: string[];
  /** Only when editing. */
  releaseNotes: string;
};

export function emptyReleaseForm(): ReleaseFormValues {
  return {
    name: '',
    type: null,
    releaseUnit: [],
    environments: [],
    plannedStart: '',
    plannedEnd: '',
    backoutPlan: '',
    changeKeys: [],
    releaseNotes: '',
  };
}

export function releaseToFormValues(
  release: ReleaseView,
  zone = browserTimeZone(),
): ReleaseFormValues {
  return {
    name: release.name,
    type: release.type,
    releaseUnit: release.releaseUnit as CiType[],
    environments: release.environments,
    plannedStart: isoToWallTime(release.plannedStart, zone),
    plannedEnd: isoToWallTime(release.plannedEnd, zone),
    backoutPlan: release.backoutPlan ?? '',
    changeKeys: release.changes.map((change) => change.key),
    releaseNotes: release.releaseNotes ?? '',
  };
}

function windowOf(values: ReleaseFormValues, zone: string) {
  return {
    plannedStart: wallTimeToIso(values.plannedStart, zone),
    plannedEnd: wallTimeToIso(values.plannedEnd, zone),
  };
}

export function toCreateBody(values: ReleaseFormValues, zone = browserTimeZone()) {
  const { releaseNotes: _notes, ...rest } = values;
  return { ...rest, name: rest.name.trim(), ...windowOf(values, zone) };
}

export function toUpdateBody(values: ReleaseFormValues, zone = browserTimeZone()) {
  const { changeKeys: _keys, ...rest } = values;
  return { ...rest, name: rest.name.trim(), ...windowOf(values, zone) };
}

/** Resolver schemas: form values in, a valid request body out, errors on form fields. */
export const releaseCreateFormSchema = z
  .custom<ReleaseFormValues>()
  .transform((values) => toCreateBody(values))
  .pipe(releaseCreateSchema);

export const releaseUpdateFormSchema = z
  .custom<ReleaseFormValues>()
  .transform((values) => toUpdateBody(values))
  .pipe(releaseUpdateSchema);
