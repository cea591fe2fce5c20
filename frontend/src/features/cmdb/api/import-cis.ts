import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { ImportResult } from '@/api/generated';
import { fetchOrFail, readCookie, toApiError } from '@/lib/api-client';

// POST /api/cis/import (multipart, the file in part `file`, CSV or JSON, all or nothing) is sent
// by hand: the shared client sends JSON bodies, and its error type keeps only the first field.
// The 200 body is the contract's ImportResult; a 400 names each bad field as `rows[n].field`.

const reportSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string().nullable().optional(), message: z.string() }))
    .default([]),
});

export type ImportCounts = ImportResult;
/** One bad field of a refused file: its row (1 = the first item), the field and what is wrong. */
export type BadRow = { row: number | null; field: string | null; message: string };

/** `rows[3].relations[0]` → row 3, field `relations[0]`; a whole-file problem has no row. */
export function badRow(error: { field?: string | null; message: string }): BadRow {
  const match = /^rows\[(\d+)\]\.(.+)$/.exec(error.field ?? '');
  return match
    ? { row: Number(match[1]), field: match[2] ?? null, message: error.message }
    : { row: null, field: error.field ?? null, message: error.message };
}

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
  if (response.ok) return (await response.json()) as ImportResult;
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
        report.data.errors.map(badRow),
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
