/**
 * The API over {@link LiveData}: each request leases the engine serving when it arrives and
 * keeps it to its end (a swap in between does not change its answer). A handler, with its
 * caches, is built per data generation, so a new load (or a refused one, which changes the
 * data block) starts with empty caches and new ETags. Before the first load ends, every data
 * resource is a 503 problem with `Retry-After`: the kit shows its loading state and asks again.
 */
import type { DataInfo } from '../../src/data/contract.ts';
import type { LiveData } from '../data-source/live-data.ts';
import type { InsightsEngine } from '../engine/engine.ts';
import { createInsightsHandler, type HandlerOptions, type InsightsHandler } from './handler.ts';
import { Refusal } from './problem.ts';

/** Seconds a client is asked to wait while the first load runs. */
export const LOADING_RETRY_AFTER = 2;

/** Creates the API handler answering from whatever engine `live` serves at each request. */
export function createLiveHandler(live: LiveData, given: HandlerOptions = {}): InsightsHandler {
  // One limits object for every generation's handler: the export slots are counted together.
  const options = { ...given, exportLimits: given.exportLimits ?? {} };
  const loading = createInsightsHandler(LOADING_ENGINE, { ...options, cacheSize: 0 });
  let built: { generation: number; handler: InsightsHandler } | undefined;
  return (req, res, next) => {
    const lease = live.acquire();
    if (!lease) return loading(req, res, next);
    // 'close' follows the end of every response, finished or cut off.
    res.once('close', lease.release);
    if (built?.generation !== lease.generation) {
      const engine = lease.info ? withDataInfo(lease.engine, lease.info) : lease.engine;
      built = { generation: lease.generation, handler: createInsightsHandler(engine, { ...options, dataVersion: lease.info?.version }) };
    }
    built.handler(req, res, next);
  };
}

/** `engine` whose `/dimensions` answer carries `info`. */
function withDataInfo(engine: InsightsEngine, info: DataInfo): InsightsEngine {
  return {
    monthly: (q) => engine.monthly(q),
    breakdown: (q, by) => engine.breakdown(q, by),
    trend: (q, by) => engine.trend(q, by),
    dimensions: async () => ({ ...(await engine.dimensions()), data: info }),
    exportCsv: (q, limits) => engine.exportCsv(q, limits),
    description: engine.description,
    size: engine.size,
    close: () => engine.close(),
  };
}

function stillLoading(): Refusal {
  return new Refusal(503, `The server is loading its data: ask again in ${LOADING_RETRY_AFTER} seconds.`, undefined, {
    'Retry-After': String(LOADING_RETRY_AFTER),
  });
}

/** Stands in while the first load runs: every resource is a 503 "still loading". */
const LOADING_ENGINE: InsightsEngine = {
  monthly: () => Promise.reject(stillLoading()),
  breakdown: () => Promise.reject(stillLoading()),
  trend: () => Promise.reject(stillLoading()),
  dimensions: () => Promise.reject(stillLoading()),
  // eslint-disable-next-line require-yield -- refuses before the first chunk, like a row cap
  async *exportCsv() {
    throw stillLoading();
  },
  description: 'loading',
  close: async () => {},
};
