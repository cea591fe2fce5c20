import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { fetchOrFail, readCookie, toApiError } from '@/lib/api-client';

// TODO(lead): POST /api/cis/import is not in api/openapi.json yet. When it is, replace this
// hand-written request and these two schemas with the generated client and its types. Assumed
// shape (issue 11 brief): multipart with the file in part `file` (CSV or JSON), all or nothing;
// 200 {created, updated}; 400 Problem Details with `errors: [{row, field, message}]`.

const importedSchema = z.object({ created: z.number().int(), updated: z.number().int() });
const reportSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z
    .array(
      z.object({
        row: z.number().int().nullable().optional(),
        field: z.string().nullable().optional(),
        message: z.string(),
      }),
    )
    .default([]),
});

export type ImportCounts = z.output<typeof importedSchema>;
export type BadRow = z.output<typeof reportSchema>['errors'][number];

/** A refused import: nothing was stored; `rows` says which rows were wrong and why. */
export class ImportRefused extends Error {
  constructor(
    readonly title: string,
    readonly rows: BadRow[],
  ) {
    super(title);
    this.name = 'ImportRefused';
  }
}

async function csrfToken(): Promise<string | undefined> {
  if (!readCookie('XSRF-TOKEN')) {
    await fetchOrFail('/api/auth/csrf', { method: 'GET', credentials: 'same-origin' });
  }
  return readCookie('XSRF-TOKEN');
}

export async function importCis(file: File): Promise<ImportCounts> {
  const body = new FormData();
  body.append('file', file);
  const token = await csrfToken();
  const response = await fetchOrFail('/api/cis/import', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(token ? { 'X-XSRF-TOKEN': token } : {}),
    },
  });
  if (response.ok) return importedSchema.parse(await response.json());
  if (response.status === 400) {
    const report = reportSchema.safeParse(
      await response
        .clone()
        .json()
        .catch(() => undefined),
    );
    if (report.success && report.data.errors.length > 0) {
      throw new ImportRefused(
        report.data.detail ?? report.data.title ?? 'Nothing was imported',
        report.data.errors,
      );
    }
  }
  throw await toApiError(response);
}

export function useImportCis() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: importCis,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cmdb'] }),
  });
}
