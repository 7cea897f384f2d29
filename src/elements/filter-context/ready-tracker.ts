/**
 * Counts a context's loads in flight and calls `onReady` once per state, when every load begun
 * for it has settled and the widgets have rendered it: `filter-context`'s `insights-ready`.
 */
import type { LoadTracker } from '../../context/insights-context.js';

export class ReadyTracker implements LoadTracker {
  private pending = 0;
  private started = performance.now();
  private fired = false;
  private requestsAtStart = 0;
  private check?: ReturnType<typeof setTimeout>;
  private readonly urls = new Set<string>();

  constructor(
    /** Network requests made so far, read at the start and end of a state. */
    private readonly requests: () => number,
    private readonly onReady: (detail: { ms: number; requests: number }) => void,
  ) {}

  /** The URLs loaded for the current state (what a snapshot saves). */
  get used(): ReadonlySet<string> {
    return this.urls;
  }

  /** True once the current state has settled. */
  get ready(): boolean {
    return this.fired;
  }

  /** A new state: count from now. */
  restart(): void {
    this.started = performance.now();
    this.requestsAtStart = this.requests();
    this.fired = false;
    this.urls.clear();
  }

  begin(url: string): () => void {
    this.pending++;
    this.urls.add(url);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.pending--;
      if (this.pending === 0) this.schedule();
    };
  }

  private schedule(): void {
    clearTimeout(this.check);
    // A task later: the widgets have rendered what arrived (Lit updates in microtasks); a newer
    // load in between postpones it.
    this.check = setTimeout(() => {
      if (this.pending > 0 || this.fired) return;
      this.fired = true;
      this.onReady({ ms: Math.round(performance.now() - this.started), requests: this.requests() - this.requestsAtStart });
    }, 0);
  }
}
