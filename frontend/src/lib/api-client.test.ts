import { describe, expect, it } from 'vitest';

import { client } from '@/api/generated/client.gen';
import { getMe, postAuthLogin, postChanges } from '@/api/generated/sdk.gen';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';

import { ApiError, isContractViolation } from './api-client';

const ann = { username: 'ann', displayName: 'Ann Example', roles: ['REQUESTER'] };

function headersOf(init: RequestInit | undefined): Record<string, string> {
  return (init?.headers ?? {}) as Record<string, string>;
}

describe('api client', () => {
  it('sends GET requests same-origin to /api, without a CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    const fetchMock = mockFetch({ 'GET /api/me': () => jsonResponse(ann) });

    await expect(getMe()).resolves.toMatchObject({ data: ann });

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect(headersOf(init)).not.toHaveProperty('X-XSRF-TOKEN');
  });

  it('echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header of a POST', async () => {
    document.cookie = 'XSRF-TOKEN=token%2B123';
    const fetchMock = mockFetch({ 'POST /api/auth/login': () => jsonResponse(ann) });

    await postAuthLogin({ body: { username: 'ann', password: 'secret' } });

    const init = fetchMock.mock.calls[0]?.[1];
    expect(headersOf(init)['X-XSRF-TOKEN']).toBe('token+123');
    expect(headersOf(init)['Content-Type']).toBe('application/json');
    expect(init?.body).toBe('{"username":"ann","password":"secret"}');
  });

  it('asks the backend for a CSRF cookie first when there is none', async () => {
    const fetchMock = mockFetch({
      'GET /api/auth/csrf': () => {
        document.cookie = 'XSRF-TOKEN=fresh';
        return new Response(null, { status: 204 });
      },
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });

    await client.post({ url: '/api/auth/logout' });

    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/auth/csrf',
      '/api/auth/logout',
    ]);
    expect(headersOf(fetchMock.mock.calls[1]?.[1])['X-XSRF-TOKEN']).toBe('fresh');
  });

  it('turns Problem Details into an ApiError with title, status, detail and field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'POST /api/changes': () =>
        jsonResponse(
          {
            type: 'about:blank',
            title: 'Invalid change',
            status: 422,
            detail: 'The change request has 2 errors.',
            errors: [
              { field: 'title', message: 'must not be blank' },
              { field: 'plannedStart', message: 'must be in the future' },
            ],
          },
          { status: 422, contentType: 'application/problem+json' },
        ),
    });

    const error = await postChanges({ body: { title: '' } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      title: 'Invalid change',
      detail: 'The change request has 2 errors.',
      message: 'The change request has 2 errors.',
      errors: [
        { field: 'title', message: 'must not be blank' },
        { field: 'plannedStart', message: 'must be in the future' },
      ],
    });
  });

  it('parses a 401 Problem Details without field errors', async () => {
    mockFetch({
      'GET /api/me': () =>
        problemResponse({ status: 401, title: 'Unauthorized', detail: 'Sign in first.' }),
    });

    await expect(getMe()).rejects.toMatchObject({
      status: 401,
      title: 'Unauthorized',
      detail: 'Sign in first.',
      errors: [],
    });
  });

  it('still gives an ApiError when the error body is not Problem Details', async () => {
    mockFetch({
      'GET /api/me': () =>
        new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
    });

    await expect(getMe()).rejects.toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('reports an unreachable server as a network ApiError', async () => {
    mockFetch({
      'GET /api/me': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    await expect(getMe()).rejects.toMatchObject({ status: 0, title: 'Network error' });
  });

  it('rejects an answer that breaks the contract as a contract violation', async () => {
    mockFetch({ 'GET /api/me': () => jsonResponse({ username: 'ann', roles: 'REQUESTER' }) });

    const error = await getMe().catch((e: unknown) => e);

    expect(isContractViolation(error)).toBe(true);
  });
});
