import { z } from 'zod';

// The server's bean validation rules for text (@NotBlank, @Size), with its messages
// (backend ValidationMessages.properties), so forms reject what the server would and both say
// it the same way.

export const sizeBetween = (min: number, max: number) =>
  `Enter between ${min} and ${max} characters or items.`;

/** @NotBlank @Size(max): some text that is not only spaces, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: 'Fill in this field.' })
    .refine((value) => value.trim().length > 0, 'Fill in this field.')
    .refine((value) => value.length <= max, sizeBetween(0, max));
}

/** @Size(max): any text up to `max` characters, empty included. */
export function optionalText(max: number) {
  return z.string().max(max, sizeBetween(0, max));
}
