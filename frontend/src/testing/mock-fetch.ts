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

/** Requests no route answered; setup-tests fails the test when any are left. */
export const unexpectedRequests: string[] = [];

/**
 * Replaces fetch with canned answers keyed by "METHOD /path?query". An unexpected request gets a
 * 501 and fails the test, instead of surfacing as some unrelated error message.
 */
export function mockFetch(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${(init.method ?? 'GET').toUpperCase()} ${url}`;
    const route = routes[key];
    if (!route) {
      unexpectedRequests.push(key);
      return new Response(null, { status: 501 });
    }
    return route(init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
