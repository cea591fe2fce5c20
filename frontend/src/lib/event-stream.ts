/** Waits between reconnects: 1 s, 2 s, 4 s … up to 30 s. */
export function backoffDelay(attempt: number, { min = 1000, max = 30_000 } = {}): number {
  return Math.min(max, min * 2 ** Math.max(0, attempt));
}

export type EventHandlers = Record<string, (data: unknown) => void>;

type StreamOptions = {
  /** Called when the stream is back after a break: events may have been missed meanwhile. */
  onReconnect?: () => void;
  min?: number;
  max?: number;
};

/**
 * Listens to a server-sent event stream, calling `handlers[type]` with each event's JSON data.
 * EventSource gives up for good on an HTTP error (a restart, an expired session), so every error
 * closes it and a new one is opened after a growing delay. Returns a function that stops it all.
 */
export function connectEventStream(
  url: string,
  handlers: EventHandlers,
  { onReconnect, min, max }: StreamOptions = {},
): () => void {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let openedBefore = false;
  let stopped = false;

  const open = () => {
    source = new EventSource(url, { withCredentials: true });
    source.addEventListener('open', () => {
      failures = 0;
      if (openedBefore) onReconnect?.();
      openedBefore = true;
    });
    source.addEventListener('error', () => {
      source?.close();
      if (stopped) return;
      timer = setTimeout(open, backoffDelay(failures, { min, max }));
      failures += 1;
    });
    for (const [type, handle] of Object.entries(handlers)) {
      source.addEventListener(type, (event) => {
        let data: unknown;
        try {
          data = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return; // Not ours to interpret; the next event or refetch puts things right.
        }
        handle(data);
      });
    }
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
