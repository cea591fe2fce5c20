import { defineConfig } from '@hey-api/openapi-ts';

// The server's OpenAPI document is the one source of the API's shapes: types, zod schemas, the
// SDK and TanStack Query options are generated from it into src/api/generated (npm run generate,
// run before dev, build, test and typecheck), never written by hand.

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * `GET /api/changes/{key}/approvals` -> `getChangesByKeyApprovals`, `/api/changes/export.csv` ->
 * `getChangesExportCsv`. springdoc numbers clashing
 * method names (`list_2`, `get_4`), and those numbers move whenever a controller is added.
 */
function operationName(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split('/')
    .map((segment) => (segment.startsWith('{') ? `by-${segment.slice(1, -1)}` : segment))
    .flatMap((segment) => segment.split(/[-_.]/))
    .map(pascal);
  return method.toLowerCase() + words.join('');
}

/**
 * springdoc writes a nullable reference as `oneOf: [{$ref}, {}]`; the empty schema admits anything
 * (typed `unknown`, never validated). It means null: say so.
 */
function nullForEmptyAlternative(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(nullForEmptyAlternative);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const oneOf = record.oneOf;
  if (Array.isArray(oneOf) && oneOf.some((alternative) => '$ref' in alternative)) {
    record.oneOf = oneOf.map((alternative: object) =>
      Object.keys(alternative).length === 0 ? { type: 'null' } : alternative,
    );
  }
  Object.values(record).forEach(nullForEmptyAlternative);
}

/**
 * Read int64 as a plain number, as JSON.parse does: the zod plugin would coerce it to a bigint
 * while the types say `number`, and a bigint breaks arithmetic (`size / 1024`) and JSON. The
 * values (sizes, durations, Zeebe keys, notification ids) stay below 2^53.
 */
function int64AsNumber(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(int64AsNumber);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const type = record.type;
  const integer = type === 'integer' || (Array.isArray(type) && type.includes('integer'));
  if (integer && record.format === 'int64') delete record.format;
  Object.values(record).forEach(int64AsNumber);
}

export default defineConfig({
  input: '../api/openapi.json',
  output: { path: 'src/api/generated' },
  parser: {
    patch: {
      input: (spec) => {
        nullForEmptyAlternative(spec);
        int64AsNumber(spec);
      },
      operations: (method, path, operation) => {
        operation.operationId = operationName(method, path);
      },
    },
  },
  plugins: [
    '@hey-api/typescript',
    // Date-times carry their offset (an RFC's window is in the requester's zone).
    { name: 'zod', dates: { offset: true } },
    {
      name: '@hey-api/client-fetch',
      // Same-origin cookies, CSRF and Problem Details: src/lib/api-client.ts.
      runtimeConfigPath: '@/lib/api-client',
      throwOnError: true,
    },
    // Every answer is checked against the contract; requests are the server's to judge.
    { name: '@hey-api/sdk', validator: { request: false, response: true } },
    '@tanstack/react-query',
  ],
});
