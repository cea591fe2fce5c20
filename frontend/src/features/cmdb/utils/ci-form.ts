import { z } from 'zod';

import type { CiBody, CiView } from '@/api/generated/types.gen';
import {
  CI_TYPES,
  CRITICALITIES,
  LIFECYCLE_STATUSES,
  type CiType,
  type Criticality,
  type LifecycleStatus,
} from '@/components/cmdb/ci-vocabulary';
import { optionalText, requiredText } from '@/lib/plain-text';

export type AttributeRow = { name: string; value: string };

export type CiFormValues = {
  name: string;
  type: CiType | null;
  environment: string;
  location: string;
  criticality: Criticality | null;
  ownerGroup: string;
  lifecycleStatus: LifecycleStatus | null;
  version: string;
  attributes: AttributeRow[];
};

const FILL_IN = 'Fill in this field.';
const trimmed = (max: number) => requiredText(max).transform((value) => value.trim());
const optional = (max: number) =>
  optionalText(max).transform((value) => (value.trim() === '' ? null : value.trim()));

/** An attribute value as the form shows it: text as is, anything else as JSON. */
const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A value the form shows unchanged keeps its type (a number stays one); an edited one is text. */
function attributeValue(text: string, original: unknown): unknown {
  return original !== undefined && asText(original) === text ? original : text;
}

/** The server's rules for a CI body (CiBody), with its messages; `original` is the item edited. */
export function ciFormSchema(original?: CiView) {
  const body = z
    .object({
      name: trimmed(200),
      type: z.enum(CI_TYPES as [CiType, ...CiType[]], { error: FILL_IN }),
      environment: trimmed(40),
      location: optional(100),
      criticality: z.enum(CRITICALITIES as [Criticality, ...Criticality[]], { error: FILL_IN }),
      ownerGroup: trimmed(100),
      lifecycleStatus: z
        .enum(LIFECYCLE_STATUSES as [LifecycleStatus, ...LifecycleStatus[]])
        .nullable(),
      version: optional(100),
      attributes: z
        .array(z.object({ name: z.string(), value: z.string() }))
        .max(50, 'At most 50 attributes.')
        .superRefine((rows, ctx) => {
          const seen = new Set<string>();
          rows.forEach((row, index) => {
            const name = row.name.trim();
            if (name === '' && row.value.trim() === '') return;
            if (name === '') {
              ctx.addIssue({
                code: 'custom',
                path: [index, 'name'],
                message: 'Name the attribute.',
              });
            } else if (seen.has(name)) {
              ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'Named twice.' });
            }
            seen.add(name);
          });
        }),
    })
    .transform((values): CiBody => ({
      ...values,
      lifecycleStatus: values.lifecycleStatus ?? undefined,
      // Only a new item takes a version; after that only releases change it.
      version: original ? original.version : values.version,
      attributes: Object.fromEntries(
        values.attributes
          .filter((row) => row.name.trim() !== '')
          .map((row) => [
            row.name.trim(),
            attributeValue(row.value, original?.attributes[row.name.trim()]),
          ]),
      ),
    }));
  // The form holds nulls for unpicked choices; the schema says what a body needs.
  return z
    .custom<CiFormValues>()
    .transform((values): unknown => values)
    .pipe(body);
}

export function ciToFormValues(ci?: CiView): CiFormValues {
  return {
    name: ci?.name ?? '',
    type: ci?.type ?? null,
    environment: ci?.environment ?? '',
    location: ci?.location ?? '',
    criticality: ci?.criticality ?? null,
    ownerGroup: ci?.ownerGroup ?? '',
    lifecycleStatus: ci?.lifecycleStatus ?? 'IN_SERVICE',
    version: ci?.version ?? '',
    attributes: Object.entries(ci?.attributes ?? {}).map(([name, value]) => ({
      name,
      value: asText(value),
    })),
  };
}
