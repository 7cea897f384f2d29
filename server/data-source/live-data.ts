/**
 * The one mutable "current engine" of a running server. The HTTP layer leases the engine per
 * request ({@link LiveData.acquire}); a load swaps in a new engine at once, and the old one is
 * closed only after the last request that leased it ends, so a request finishes on the data it
 * started with and the old data's memory is given back when nobody reads it any more.
 */
import type { DataInfo } from '../../src/data/contract.ts';

/** The data block of a load, with the file's size (optional in the contract, for scoped users). */
export type LoadedData = DataInfo & { rows: number; customers: number };
import type { InsightsEngine } from '../engine/engine.ts';

/** What a load tells its listeners (the metrics, the log). */
export type LoadEvent =
  { ok: true; seconds: number; info: LoadedData; engine: InsightsEngine } | { ok: false; seconds: number; message: string };

/** An engine with the facts of its load, and how many requests still read it. */
interface Served {
  engine: InsightsEngine;
  /** The data block (`lastFailedLoad` is added from {@link LiveData.lastFailure}). */
  info?: LoadedData;
  leases: number;
  /** Replaced: close it when the last lease ends. */
  retired: boolean;
}

/** A request's hold on an engine: call `release()` once, when the response is over. */
export interface Lease {
  engine: InsightsEngine;
  /** The data block of `/dimensions` for this engine (undefined when the server has none). */
  info?: LoadedData;
  /** Changes with every swap and every refused load: a key for anything cached per data. */
  generation: number;
  release(): void;
}

export class LiveData {
  private served: Served | null = null;
  private readonly listeners = new Set<(event: LoadEvent) => void>();
  /** The last refused load since the data now served was loaded. */
  private failure?: DataInfo['lastFailedLoad'];
  private generationCount = 0;
  /** Settles when replaced engines have closed (for tests and orderly shutdown). */
  private closing: Promise<void>[] = [];

  /** A holder already serving `engine` (a server started with a loaded engine). */
  static of(engine: InsightsEngine, info?: LoadedData): LiveData {
    const live = new LiveData();
    live.swap(engine, info);
    return live;
  }

  /** Whether data has been loaded (readiness). */
  get ready(): boolean {
    return this.served !== null;
  }

  /** The data block served now, with the last refused load if any. */
  get info(): LoadedData | undefined {
    const info = this.served?.info;
    return info && { ...info, ...(this.failure ? { lastFailedLoad: this.failure } : {}) };
  }

  /** The last refused load since the current data, if any. */
  get lastFailure(): DataInfo['lastFailedLoad'] {
    return this.failure;
  }

  /** Leases the current engine, or null while the first load runs. */
  acquire(): Lease | null {
    const served = this.served;
    if (!served) return null;
    served.leases++;
    let released = false;
    return {
      engine: served.engine,
      info: this.info,
      generation: this.generationCount,
      release: () => {
        if (released) return;
        released = true;
        served.leases--;
        if (served.retired && served.leases === 0) this.closeEngine(served);
      },
    };
  }

  /** Serves `engine` from now on; the engine it replaces closes when its last request ends. */
  swap(engine: InsightsEngine, info?: LoadedData): void {
    const old = this.served;
    this.served = { engine, info, leases: 0, retired: false };
    this.failure = undefined;
    this.generationCount++;
    if (old) {
      old.retired = true;
      if (old.leases === 0) this.closeEngine(old);
    }
  }

  /** Records a refused load: the data served stays, the refusal shows in its data block. */
  refuse(message: string, at = new Date()): void {
    this.failure = { at: at.toISOString(), message };
    this.generationCount++;
  }

  /** Tells listeners about a load (success after {@link swap}, failure after {@link refuse}). */
  report(event: LoadEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Calls `listener` after every load; returns the unsubscribe function. */
  onLoad(listener: (event: LoadEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every replaced engine has closed. */
  async settled(): Promise<void> {
    await Promise.all(this.closing);
  }

  /** Closes the current engine too (the server is stopping). */
  async close(): Promise<void> {
    const served = this.served;
    this.served = null;
    if (served) {
      served.retired = true;
      if (served.leases === 0) this.closeEngine(served);
    }
    await this.settled();
  }

  private closeEngine(served: Served): void {
    const done = served.engine.close().catch((error: unknown) => {
      console.error('Closing the replaced engine failed:', error);
    });
    this.closing.push(done);
    void done.then(() => (this.closing = this.closing.filter((p) => p !== done)));
  }
}
