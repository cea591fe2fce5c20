import { z } from 'zod';

/**
 * A field the backend may send as null or leave out: its JSON omits null properties
 * (`default-property-inclusion: non_null`). Either way the app sees null.
 */
export function nullable<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value): z.output<T> | null => value ?? null);
}

/** A list the backend may leave out when it has nothing to say; the app sees []. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((value): z.output<T>[] => value ?? []);
}
