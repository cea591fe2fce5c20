import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { aRelease } from '../testing/fixtures';

import { POLL_INTERVAL_MS, useRelease } from './get-release';

describe('useRelease', () => {
  it('polls while the release runs and stops once it waits for people', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const answers = [
      aRelease({ state: 'BUILDING' }),
      aRelease({ state: 'TESTING' }),
      aRelease({ state: 'AWAITING_ACCEPTANCE' }),
    ];
    const fetchMock = mockFetch({
      'GET /api/releases/REL-2026.11-3': () =>
        jsonResponse(answers.shift() ?? aRelease({ state: 'AWAITING_ACCEPTANCE' })),
    });

    const { result } = renderHook(() => useRelease('REL-2026.11-3'), { wrapper: TestProviders });
    await waitFor(() => expect(result.current.data?.state).toBe('BUILDING'));

    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    await waitFor(() => expect(result.current.data?.state).toBe('TESTING'));
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    await waitFor(() => expect(result.current.data?.state).toBe('AWAITING_ACCEPTANCE'));
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3);

    expect(fetchMock).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });

  it('keeps its key under ["releases"], which live events invalidate', async () => {
    const { releaseQueryKey } = await import('./get-release');
    expect(releaseQueryKey('REL-1').slice(0, 1)).toEqual(['releases']);
  });
});
