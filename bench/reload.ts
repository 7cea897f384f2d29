/**
 * `npm run bench -- reload`: a real server (`server/main.ts --data`) under a steady load of
 * dashboard requests while its export is replaced (renamed over, as export jobs do) twice:
 * time to the first answer of the new data, the load's own duration, peak RSS during the reload
 * (old data still answering), RSS after the replaced engine closed, and failed requests.
 * `BENCH_RELOAD_CUSTOMERS` (default 20000) sizes the two exports; `BENCH_ENGINE` is the `--db`
 * (default `duckdb`; `chdb`).
 */
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsv } from '../server/data/csv-file.ts';
import { sampleChunks } from '../server/data/sample.ts';

const PORT = Number(process.env.BENCH_RELOAD_PORT ?? 8139);
const ENGINE = process.env.BENCH_ENGINE ?? 'duckdb';
const base = `http://127.0.0.1:${PORT}`;
const PATHS = [
  '/customers/monthly',
  '/customers/breakdown?by=market',
  '/customers/trend?by=product',
  '/dimensions',
  '/customers/breakdown?by=sku&market=US',
];

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const version = async () => ((await (await fetch(`${base}/dimensions`)).json()) as { data: { version: string } }).data.version;

export async function bench(): Promise<void> {
  const customers = Number(process.env.BENCH_RELOAD_CUSTOMERS ?? 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'insights-bench-reload-'));
  const file = join(dir, 'export.csv');
  try {
    await writeCsv(file, sampleChunks({ customers, seed: 1 }));
    await writeCsv(join(dir, 'b.csv'), sampleChunks({ customers, seed: 2 }));
    await writeCsv(join(dir, 'c.csv'), sampleChunks({ customers, seed: 3 }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--db', ENGINE, '--data', file], {
      env: { ...process.env, PORT: String(PORT) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      const started = performance.now();
      while (
        (await fetch(`${base}/readyz`).then(
          (r) => r.status,
          () => 0,
        )) !== 200
      )
        await sleep(100);
      console.log(
        `${ENGINE}, ${customers.toLocaleString('en')} customers: first load ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${rssMb(child.pid!).toFixed(0)} MB`,
      );
      let running = true;
      let answered = 0;
      let failed = 0;
      const clients = Array.from({ length: 8 }, async (_, i) => {
        for (let n = i; running; n++) {
          const res = await fetch(base + PATHS[n % PATHS.length]).catch(() => null);
          if (!res || res.status !== 200) failed++;
          else await res.arrayBuffer();
          answered++;
        }
      });
      for (const next of ['b.csv', 'c.csv']) {
        await sleep(2000);
        const before = await version();
        const rssBefore = rssMb(child.pid!);
        let peak = rssBefore;
        const swapped = performance.now();
        renameSync(join(dir, next), file);
        while ((await version()) === before) {
          peak = Math.max(peak, rssMb(child.pid!));
          await sleep(100);
        }
        const seconds = (performance.now() - swapped) / 1000;
        await sleep(3000);
        const metrics = await (await fetch(`${base}/metrics`)).text();
        const loadSum = /^insights_data_load_duration_seconds_sum (\S+)/m.exec(metrics)![1];
        console.log(
          `replaced by ${next}: new data answering after ${seconds.toFixed(1)} s (loads so far ${Number(loadSum).toFixed(1)} s in all); ` +
            `RSS ${rssBefore.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during, ${rssMb(child.pid!).toFixed(0)} MB 3 s after`,
        );
      }
      running = false;
      await Promise.all(clients);
      console.log(`steady load: ${answered} requests, ${failed} failed`);
    } finally {
      child.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
