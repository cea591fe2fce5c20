import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { aRelease } from '../testing/fixtures';

import { POLL_INTERVAL_MS, useRelease } from './get-release';

describe('useRelease', () => {
  it('polls while the release moves on its own and stops once it waits for people', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const waiting = aRelease({
      state: 'AWAITING_ACCEPTANCE',
      openTasks: [
        {
          id: '00000000-0000-4000-8000-0000000000a1',
          kind: 'ACCEPT_RELEASE',
          title: 'Accept release',
          candidateGroups: ['CHANGE_MANAGER'],
        },
      ],
    });
    // Between the tests and the acceptance tasks the process still moves on its own.
    const answers = [
      aRelease({ state: 'BUILDING' }),
      aRelease({ state: 'TESTING' }),
      aRelease({ state: 'AWAITING_ACCEPTANCE', openTasks: [] }),
      waiting,
    ];
    const fetchMock = mockFetch({
      'GET /api/releases/REL-2026.11-3': () => jsonResponse(answers.shift() ?? waiting),
    });

    const { result } = renderHook(() => useRelease('REL-2026.11-3'), { wrapper: TestProviders });
    await waitFor(() => expect(result.current.data?.state).toBe('BUILDING'));

    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    await waitFor(() => expect(result.current.data?.state).toBe('TESTING'));
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    await waitFor(() => expect(result.current.data?.state).toBe('AWAITING_ACCEPTANCE'));
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    await waitFor(() => expect(result.current.data?.openTasks).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3);

    expect(fetchMock).toHaveBeenCalledTimes(4);
    vi.useRealTimers();
  });

  it('does not poll a draft or a finished release', async () => {
    const { isMoving } = await import('../utils/vocabulary');
    expect(isMoving({ state: 'DRAFT', openTasks: [] })).toBe(false);
    expect(isMoving({ state: 'CLOSED', openTasks: [] })).toBe(false);
    expect(isMoving({ state: 'READY_TO_ROLL_OUT', openTasks: [{}] })).toBe(false);
    expect(isMoving({ state: 'READY_TO_ROLL_OUT', openTasks: [] })).toBe(true);
    expect(isMoving({ state: 'ROLLING_OUT', openTasks: [{}] })).toBe(true);
  });

  it('keeps its key under ["releases"], which live events invalidate', async () => {
    const { releaseQueryKey } = await import('./get-release');
    expect(releaseQueryKey('REL-1').slice(0, 1)).toEqual(['releases']);
  });
});
