import { vi } from 'vitest';

export function jsonResponse(
  body: unknown,
  {
    status = 200,
    contentType = 'application/json',
  }: { status?: number; contentType?: string } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  });
}

export function problemResponse(problem: { status: number; title: string; detail?: string }) {
  return jsonResponse(problem, { status: problem.status, contentType: 'application/problem+json' });
}

type Route = (init: RequestInit) => Response | Promise<Response>;

/**
 * What nearly every page asks for besides its own data: the people directory (pages show names
 * for usernames). Empty unless a test passes its own, so pages show usernames.
 */
const DEFAULT_ROUTES: Record<string, Route> = {
  'GET /api/people': () => jsonResponse([]),
};

/** Requests no route answered; setup-tests fails the test when any are left. */
export const unexpectedRequests: string[] = [];

function requestKey(input: RequestInfo | URL, init: RequestInit): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return `${(init.method ?? 'GET').toUpperCase()} ${url}`;
}

/**
 * Replaces fetch with canned answers keyed by "METHOD /path?query". An unexpected request gets a
 * 501 and fails the test, instead of surfacing as some unrelated error message. The returned mock
 * records the test's own requests; a default route the test did not name answers beside it.
 */
export function mockFetch(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const key = requestKey(input, init);
    const route = routes[key];
    if (!route) {
      unexpectedRequests.push(key);
      return new Response(null, { status: 501 });
    }
    return route(init);
  });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const key = requestKey(input, init);
    const fallback = routes[key] ? undefined : DEFAULT_ROUTES[key];
    return fallback ? fallback(init) : fetchMock(input, init);
  });
  return fetchMock;
}
