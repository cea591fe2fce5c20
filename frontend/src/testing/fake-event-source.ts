/**
 * A stand-in for the browser's EventSource (jsdom has none): tests open, fail and feed it.
 * Install with `vi.stubGlobal('EventSource', FakeEventSource)`.
 */
export class FakeEventSource {
  static instances: FakeEventSource[] = [];

  /** The newest stream, the one the code under test listens to. */
  static latest(): FakeEventSource {
    const source = FakeEventSource.instances.at(-1);
    if (!source) throw new Error('No EventSource was opened');
    return source;
  }

  readonly url: string;
  closed = false;
  private readonly listeners = new Map<string, ((event: { data?: string }) => void)[]>();

  constructor(url: string | URL) {
    this.url = String(url);
    FakeEventSource.instances.push(this);
  }

  addEventListener(type: string, listener: (event: { data?: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
  }

  /** Delivers an event as the server would: `event: type`, `data: JSON`. */
  emit(type: string, data?: unknown) {
    this.emitRaw(type, data === undefined ? undefined : JSON.stringify(data));
  }

  /** Delivers an event whose data is the text given, JSON or not. */
  emitRaw(type: string, data?: string) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}
