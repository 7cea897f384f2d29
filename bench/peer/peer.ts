/**
 * The benchmark's peer page (never shipped): four of the kit's widget kinds — KPI tiles with a
 * sparkline, adds/churn columns, active vs total, a distribution by partner location — built
 * with Highcharts Dashboards from npm, reading the same reference endpoint the kit reads.
 *
 * Built as lean as a partner would build it (`bench/browser.ts`: esbuild, minified, ESM with
 * code splitting, the board's chunks preloaded by the page): this small entry asks for the data
 * at once and imports the board (Dashboards and Highcharts, `board.ts`) in parallel, so the
 * requests and the engine's download and compile overlap, as the kit's do.
 * `window.peerFilter(params)` loads a new filter state and updates every component in place
 * (what the kit's filter change does).
 */
import { load } from './data.ts';

const first = load(new URLSearchParams());
const board = import('./board.ts');

void (async () => {
  const { draw } = await board;
  const update = await draw(...(await first));
  (window as unknown as { peerFilter: (params: Record<string, string>) => Promise<void> }).peerFilter = async (params) =>
    update(...(await load(new URLSearchParams(params))));
})();
