import { z } from 'zod';

// The server's bean validation rules for text (@NotBlank, @Size), with Jakarta's default
// messages, so forms reject what the server would and both say it the same way.

export const sizeBetween = (min: number, max: number) => `size must be between ${min} and ${max}`;

/** @NotBlank @Size(max): some text that is not only spaces, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: 'must not be null' })
    .refine((value) => value.trim().length > 0, 'must not be blank')
    .refine((value) => value.length <= max, sizeBetween(0, max));
}

/** @Size(max): any text up to `max` characters, empty included. */
export function optionalText(max: number) {
  return z.string().max(max, sizeBetween(0, max));
}
