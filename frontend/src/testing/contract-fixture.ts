import { z } from 'zod';

/** Paths of `input` that `output` does not have: fields the schema stripped as unknown. */
function unknownFields(input: unknown, output: unknown, path: string): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => unknownFields(item, output[i], `${path}[${i}]`));
  }
  if (
    typeof input !== 'object' ||
    input === null ||
    typeof output !== 'object' ||
    output === null
  ) {
    return [];
  }
  const kept = output as Record<string, unknown>;
  return Object.entries(input).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    return key in kept ? unknownFields(value, kept[key], at) : [at];
  });
}

/**
 * A test's answer body, checked against the generated schema of the contract (api/openapi.json):
 * a fixture the real server could not send fails here, instead of making a test pass against a
 * shape that does not exist. Fields the contract does not know count as drift too.
 */
export function contractFixture<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Fixture breaks the API contract:\n${z.prettifyError(parsed.error)}`);
  }
  const unknown = unknownFields(value, parsed.data, '');
  if (unknown.length > 0) {
    throw new Error(`Fixture has fields the API contract does not know: ${unknown.join(', ')}`);
  }
  return parsed.data;
}
