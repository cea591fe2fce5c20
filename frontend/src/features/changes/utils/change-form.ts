import { z } from 'zod';

import { browserTimeZone, isoToWallTime, wallTimeToIso, type WallTime } from '@/lib/time-zone';

import {
  changeDraftSchema,
  changeRequestSchema,
  type CompleteChangeRequest,
} from '../api/create-change';
import type { ChangeView } from '../api/get-change';

import type { Category } from './vocabulary';

/**
 * What the RFC form edits: the request body, except that selects may be empty and the planned
 * window is wall-clock time in `timeZone` (what a datetime-local input holds).
 */
export type ChangeFormValues = Omit<
  CompleteChangeRequest,
  'category' | 'impact' | 'urgency' | 'implementer' | 'changeModelId' | 'attachments'
> & {
  category: Category | null;
  impact: number | null;
  urgency: number | null;
  implementer: string;
  changeModelId: string | null;
  plannedStart: WallTime;
  plannedEnd: WallTime;
  attachments: Array<{ name: string; size: number | null; sha256: string }>;
};

export function emptyChangeForm(timeZone = browserTimeZone()): ChangeFormValues {
  return {
    title: '',
    description: '',
    justification: '',
    category: null,
    implementer: '',
    affectedCis: [],
    impact: null,
    urgency: null,
    implementationPlan: '',
    testPlan: '',
    backoutPlan: '',
    plannedStart: '',
    plannedEnd: '',
    timeZone,
    incidentRefs: [],
    attachments: [],
    emergency: false,
    changeModelId: null,
  };
}

export function changeToFormValues(change: ChangeView): ChangeFormValues {
  const timeZone = change.timeZone ?? browserTimeZone();
  return {
    title: change.title,
    description: change.description ?? '',
    justification: change.justification ?? '',
    category: change.category ?? null,
    implementer: change.implementer ?? '',
    affectedCis: change.affectedCis,
    impact: change.impact ?? null,
    urgency: change.urgency ?? null,
    implementationPlan: change.implementationPlan ?? '',
    testPlan: change.testPlan ?? '',
    backoutPlan: change.backoutPlan ?? '',
    plannedStart: change.plannedStart ? isoToWallTime(change.plannedStart, timeZone) : '',
    plannedEnd: change.plannedEnd ? isoToWallTime(change.plannedEnd, timeZone) : '',
    timeZone,
    incidentRefs: change.incidentRefs,
    attachments: change.attachments.map(({ name, size, sha256 }) => ({
      name: name ?? '',
      size: size ?? null,
      sha256: sha256 ?? '',
    })),
    emergency: change.emergency,
    changeModelId: change.changeModelId ?? null,
  };
}

/**
 * The body to send for the form's values. Empty selects and an empty window stay null so the
 * schema reports them (a draft may lack them); optional fields left empty are omitted, as the
 * server rejects unknown but not missing ones.
 */
export function formValuesToBody(values: ChangeFormValues): Record<string, unknown> {
  const { implementer, changeModelId, plannedStart, plannedEnd, attachments, ...rest } = values;
  return {
    ...rest,
    ...(implementer.trim() ? { implementer: implementer.trim() } : {}),
    ...(changeModelId ? { changeModelId } : {}),
    plannedStart: plannedStart ? wallTimeToIso(plannedStart, values.timeZone) : null,
    plannedEnd: plannedEnd ? wallTimeToIso(plannedEnd, values.timeZone) : null,
    attachments: attachments.map((a) => ({ ...a, sha256: a.sha256.trim() })),
  };
}

/**
 * The form's resolver schema to submit: form values in, a complete request body out, errors on
 * form fields.
 */
export const changeFormSchema = z
  .custom<ChangeFormValues>()
  .transform(formValuesToBody)
  .pipe(changeRequestSchema);

/** The same for saving a draft, which needs only a title. */
export const changeDraftFormSchema = z
  .custom<ChangeFormValues>()
  .transform(formValuesToBody)
  .pipe(changeDraftSchema);
