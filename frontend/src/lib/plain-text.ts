import { z } from 'zod';

// The server's rules for text people type (its @PlainText, @NotBlank and @Size), with its
// messages, so forms reject what the server would and both say it the same way.

/** A tag, a closing tag, a comment or a doctype; a lone "<" as in "a < b" is fine. */
export const HTML_TAG = /<[a-zA-Z/!]/;

export const sizeBetween = (min: number, max: number) => `size must be between ${min} and ${max}`;

/** Text of `min` to `max` characters without HTML; with `min` above 0 it must not be blank. */
export function plainText(min: number, max: number) {
  return z
    .string({ error: 'must not be null' })
    .refine((value) => min === 0 || value.trim().length > 0, 'must not be blank')
    .refine((value) => value.length >= min && value.length <= max, sizeBetween(min, max))
    .refine((value) => !HTML_TAG.test(value), 'must not contain HTML');
}
