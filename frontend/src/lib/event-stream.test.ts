// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { FakeEventSource } from '@/testing/fake-event-source';

import { backoffDelay, connectEventStream } from './event-stream';

describe('backoffDelay', () => {
  it('doubles from a second up to half a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });
});

describe('connectEventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands each event type its parsed data and skips what is not JSON', () => {
    const task = vi.fn();
    connectEventStream('/api/events', { task });
    const source = FakeEventSource.latest();

    source.emit('task', { id: 't1', state: 'COMPLETED' });
    source.emitRaw('task', 'not json');
    source.emit('release', { key: 'REL-1' });

    expect(source.url).toBe('/api/events');
    expect(task.mock.calls).toEqual([[{ id: 't1', state: 'COMPLETED' }]]);
  });

  it('reconnects after errors with growing delays and says when it is back', () => {
    const onReconnect = vi.fn();
    connectEventStream('/api/events', {}, { onReconnect });
    FakeEventSource.latest().emit('open');
    expect(onReconnect).not.toHaveBeenCalled();

    FakeEventSource.latest().emit('error');
    expect(FakeEventSource.instances[0]?.closed).toBe(true);
    vi.advanceTimersByTime(999);
    expect(FakeEventSource.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.instances).toHaveLength(2);

    FakeEventSource.latest().emit('error');
    vi.advanceTimersByTime(1999);
    expect(FakeEventSource.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.instances).toHaveLength(3);

    FakeEventSource.latest().emit('open');
    expect(onReconnect).toHaveBeenCalledOnce();
    // Back to the shortest delay once connected.
    FakeEventSource.latest().emit('error');
    vi.advanceTimersByTime(1000);
    expect(FakeEventSource.instances).toHaveLength(4);
  });

  it('stops for good when asked', () => {
    const stop = connectEventStream('/api/events', {});
    FakeEventSource.latest().emit('error');
    stop();
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(FakeEventSource.latest().closed).toBe(true);
  });
});
