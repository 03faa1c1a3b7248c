/**
 * Per-host politeness: at most `concurrency` requests in flight to one host, and at least
 * `intervalMs` between the starts of two of them. One gate per fetcher, never module-wide.
 */
interface HostState {
  active: number;
  lastStart: number;
  waiting: Array<() => void>;
  intervalMs: number;
}

export class HostGate {
  readonly #hosts = new Map<string, HostState>();
  readonly #concurrency: number;
  readonly #intervalMs: number;

  constructor(concurrency: number, intervalMs: number) {
    this.#concurrency = concurrency;
    this.#intervalMs = intervalMs;
  }

  /** Raises the interval of one host (robots.txt Crawl-delay); never lowers it below the default. */
  setInterval(host: string, intervalMs: number): void {
    this.#state(host).intervalMs = Math.max(this.#intervalMs, intervalMs);
  }

  /** Waits for a slot for `host`; call the returned function when the request is done. */
  async acquire(host: string): Promise<() => void> {
    const state = this.#state(host);
    while (state.active >= this.#concurrency) await new Promise<void>((resolve) => state.waiting.push(resolve));
    state.active++;
    // Reserve the start time before sleeping, so that concurrent callers space themselves out.
    const start = Math.max(Date.now(), state.lastStart + state.intervalMs);
    state.lastStart = start;
    const wait = start - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active--;
      state.waiting.shift()?.();
    };
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, waiting: [], intervalMs: this.#intervalMs };
      this.#hosts.set(host, state);
    }
    return state;
  }
}
