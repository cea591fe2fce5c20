import { z } from 'zod';

const API_BASE = '/api';
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

type RequestOptions = {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(prefix));
  return cookie === undefined ? undefined : decodeURIComponent(cookie.slice(prefix.length));
}

async function csrfToken(): Promise<string | undefined> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing) return existing;
  // The backend sets the cookie lazily; this endpoint exists only to make it do so.
  await send(`${API_BASE}/auth/csrf`, { method: 'GET', credentials: 'same-origin' });
  return readCookie(CSRF_COOKIE);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'Network error', detail: 'The server could not be reached.' });
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

async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await exchange<T>(path, options)).body;
}

/** The body and the response headers, for answers that say more in a header (X-Total-Count). */
async function exchange<T>(
  path: string,
  options: RequestOptions = {},
): Promise<{ body: T; headers: Headers }> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    const token = await csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }

  const response = await send(`${API_BASE}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  });

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return { body: undefined as T, headers: response.headers };
  }
  return { body: (await response.json()) as T, headers: response.headers };
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  /** A GET that also returns the response headers. */
  getWithHeaders: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    exchange<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'DELETE' }),
};
