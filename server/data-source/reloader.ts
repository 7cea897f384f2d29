/**
 * Loads the data into a new engine while the old one answers, then swaps ({@link LiveData}).
 * An export file is watched: replaced (written elsewhere and renamed over it, as export jobs
 * do) or rewritten in place, it is loaded again once it has been quiet for `debounceMs`; the
 * server's `SIGHUP` calls {@link Reloader.reload} too. A refused file changes nothing but the
 * data block's `lastFailedLoad`, the log and the metrics: the old data keeps answering.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { DataSource, InsightsEngine } from '../engine/engine.ts';
import type { LiveData, LoadedData } from './live-data.ts';

export interface ReloaderOptions {
  live: LiveData;
  source: DataSource;
  /** Loads `source` into a new engine, with every check of a first load. */
  open(source: DataSource): Promise<InsightsEngine>;
  /** Quiet time after the file's last change before it is loaded (default 1,000 ms). */
  debounceMs?: number;
  /** Where the reloader says what it did (default `console.log` / `console.error`). */
  log?: { info(line: string): void; error(line: string): void };
}

export type LoadResult = { ok: true; info: LoadedData } | { ok: false; error: Error };

export interface Reloader {
  /** Loads the source again (at once; one more time after a load that is running). */
  reload(reason: string): Promise<LoadResult>;
  /** Starts watching the export file (nothing for a generated sample). */
  watch(): void;
  /** Stops watching. */
  close(): void;
}

export function createReloader({ live, source, open, debounceMs = 1000, log = console }: ReloaderOptions): Reloader {
  const file = 'file' in source ? resolve(source.file) : undefined;
  const name = file ? basename(file) : 'the sample';
  let running: Promise<LoadResult> | undefined;
  let again = false;
  /** The identity of the file version served (inode, size, modification time). */
  let served: string | undefined;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let missing = false;

  const loadOnce = async (reason: string): Promise<LoadResult> => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const before = file ? await stat(file).catch(() => null) : null;
    const previous = live.info?.version;
    try {
      refuseIfCannotReload(live);
      const engine = await open(file ? { file } : source);
      const loadedAt = new Date();
      const info: LoadedData = {
        version: versionOf(before, loadedAt),
        loadedAt: loadedAt.toISOString(),
        ...(before ? { modifiedAt: before.mtime.toISOString() } : {}),
        rows: engine.size?.rows ?? 0,
        customers: engine.size?.customers ?? 0,
      };
      served = before ? stamp(before) : undefined;
      live.swap(engine, info);
      live.report({ ok: true, seconds: seconds(), info, engine });
      log.info(
        `Loaded ${name} (${reason}) in ${seconds().toFixed(1)} s: ${info.customers.toLocaleString('en')} customers, ` +
          `${info.rows.toLocaleString('en')} rows, version ${info.version}${previous ? ` (replaces ${previous})` : ''}`,
      );
      return { ok: true, info };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      // The version refused stays refused until the file changes again.
      if (before) served = stamp(before);
      live.refuse(error.message);
      live.report({ ok: false, seconds: seconds(), message: error.message });
      if (previous) log.error(`Refused ${name} (${reason}): ${error.message}. The data of version ${previous} keeps answering.`);
      return { ok: false, error };
    }
  };

  const reload = (reason: string): Promise<LoadResult> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: LoadResult;
      let why = reason;
      do {
        again = false;
        result = await loadOnce(why);
        why = 'changed while loading';
      } while (again);
      running = undefined;
      return result;
    })();
    return running;
  };

  /** After the quiet time: loads the file if it is there and not the version served. */
  const check = async () => {
    const now = await stat(file!).catch(() => null);
    if (!now) {
      if (!missing) log.error(`${name} is gone (moved or being replaced?): the data loaded keeps answering.`);
      missing = true;
      return;
    }
    missing = false;
    if (stamp(now) !== served) void reload('the file changed');
  };

  return {
    reload,
    watch() {
      if (!file || watcher) return;
      // The folder, not the file: a rename over the file replaces the inode a file watch follows.
      watcher = watch(dirname(file), (_event, changed) => {
        if (changed !== null && changed !== basename(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void check(), debounceMs);
      });
      watcher.on('error', (error) => log.error(`Watching ${name} stopped: ${error.message}; SIGHUP still reloads it.`));
    },
    close() {
      clearTimeout(timer);
      watcher?.close();
      watcher = undefined;
    },
  };
}

/** Throws the serving engine's reason when it cannot load new data beside its own. */
function refuseIfCannotReload(live: LiveData): void {
  const lease = live.acquire();
  const reason = lease?.engine.cannotReload;
  lease?.release();
  if (reason) throw new Error(reason);
}

function stamp(stats: Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

/** A short id of this load: the file version and when it was loaded. */
function versionOf(file: Stats | null, loadedAt: Date): string {
  return createHash('sha256')
    .update(`${file ? stamp(file) : 'sample'}@${loadedAt.toISOString()}`)
    .digest('base64url')
    .slice(0, 12);
}
