import { z } from 'zod';

import type { CreateClientConfig } from '@/api/generated/client.gen';

// The generated client (src/api/generated, from api/openapi.json) sends every request through
// `send` below: same-origin cookies, the CSRF token on unsafe methods, Problem Details as ApiError.

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type FieldError = { field: string; message: string };

/** A failed API call, carrying the RFC 9457 Problem Details the backend sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];

  constructor(problem: { status: number; title: string; detail?: string; errors?: FieldError[] }) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }
}

// Lenient on purpose: a malformed problem body must still become an ApiError, not a parse failure.
const problemSchema = z.object({
  title: z.string().optional().catch(undefined),
  status: z.number().int().optional().catch(undefined),
  detail: z.string().optional().catch(undefined),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .catch(undefined),
});

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(prefix));
  return cookie === undefined ? undefined : decodeURIComponent(cookie.slice(prefix.length));
}

async function csrfToken(): Promise<string | undefined> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing) return existing;
  // The backend sets the cookie lazily; this endpoint exists only to make it do so.
  await fetchOrFail('/api/auth/csrf', { method: 'GET', credentials: 'same-origin' });
  return readCookie(CSRF_COOKIE);
}

/** fetch, with an unreachable server as an ApiError; an abort stays an abort. */
export async function fetchOrFail(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'The server could not be reached.',
    });
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const fallback = {
    status: response.status,
    title: response.statusText || `Request failed with status ${response.status}`,
  };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return new ApiError(fallback);
  const body: unknown = await response.json().catch(() => undefined);
  const problem = problemSchema.safeParse(body ?? {});
  if (!problem.success) return new ApiError(fallback);
  return new ApiError({
    status: problem.data.status ?? fallback.status,
    title: problem.data.title ?? fallback.title,
    detail: problem.data.detail,
    errors: problem.data.errors,
  });
}

/**
 * The generated client's fetch. It hands over a Request; this sends it as `fetch(path, init)`, with
 * the CSRF header on unsafe methods, and throws an ApiError for any answer that is not 2xx.
 */
async function send(input: RequestInfo | URL): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input);
  const method = request.method.toUpperCase();
  const url = new URL(request.url);
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  request.headers.forEach((value, name) => {
    headers[name === 'content-type' ? 'Content-Type' : name] = value;
  });
  if (!SAFE_METHODS.has(method)) {
    const token = await csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  const body = SAFE_METHODS.has(method) ? undefined : (await request.text()) || undefined;
  const response = await fetchOrFail(`${url.pathname}${url.search}`, {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: request.signal,
  });
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** The generated client's configuration (openapi-ts.config.ts names this module). */
export const createClientConfig: CreateClientConfig = (config) => ({
  ...config,
  // Paths in the document start with /api; a Request needs an absolute URL, send() strips it again.
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  credentials: 'same-origin',
  throwOnError: true,
  fetch: send,
});

/** An answer the generated zod schemas rejected: the server broke the API contract. */
export function isContractViolation(error: unknown): error is z.ZodError {
  return error instanceof z.ZodError;
}

/** What to tell a person about a contract violation: asking again will not help, so say where. */
export function contractViolationMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The server's answer did not match the API contract.";
  const path = issue.path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
  return `The server's answer did not match the API contract at ${path || 'its top level'}: ${issue.message}.`;
}
