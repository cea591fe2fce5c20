import type { Role } from '@/lib/roles';

/** Who may read a change's evidence (the server says the same: 403 for anyone else). */
export const EVIDENCE_READERS: readonly Role[] = ['AUDITOR', 'CHANGE_MANAGER', 'ADMIN'];

export function canReadEvidence(roles: readonly Role[]): boolean {
  return roles.some((role) => EVIDENCE_READERS.includes(role));
}

const base = (key: string) => `/api/changes/${encodeURIComponent(key)}`;

/** The files the browser downloads or opens itself (not JSON, so not through the API client). */
export const evidenceFiles = {
  zip: (key: string) => `${base(key)}/evidence.zip`,
  report: (key: string) => `${base(key)}/evidence.html`,
  pathSvg: (key: string) => `${base(key)}/evidence/path.svg`,
};

/** A decision's or outcome's API word as people read it: "partially_successful" → "partially successful". */
export function spoken(word: string | null | undefined): string {
  return word ? word.replaceAll('_', ' ').toLowerCase() : '—';
}

/** A DMN input or output value as text: numbers and words as they are, lists joined. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
