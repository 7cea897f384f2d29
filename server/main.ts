/**
 * The reference server: `tsx server/main.ts [--data export.csv] [--customers N] [--db engine]`.
 * Loads a partner-portal export (or generates the sample) into the engine (`--db`: duckdb, the
 * default; chdb; or a clickhouse:// URL) and serves the API, the demo and the built kit on PORT
 * (default 8080).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataFileError } from './data/load-file.ts';
import { sampleChunks } from './data/sample.ts';
import type { DataSource, InsightsEngine } from './engine/engine.ts';
import { openEngine } from './engine/open.ts';
import { createInsightsHandler, type HandlerOptions } from './http/handler.ts';
import { createStaticHandler } from './http/static.ts';

/** The repository root, where demo/ and dist/ live. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Options of {@link startServer}. */
export interface StartOptions extends HandlerOptions {
  /** TCP port; 0 picks a free one (read it from `server.address()`). */
  port: number;
  engine: InsightsEngine;
}

/** Starts node:http serving the API and the static demo; resolves once listening. */
export function startServer({ port, engine, ...options }: StartOptions): Promise<Server> {
  const api = createInsightsHandler(engine, options);
  const files = createStaticHandler(ROOT);
  const server = createServer((req, res) => api(req, res, () => void files(req, res)));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, customers: { type: 'string' }, db: { type: 'string', default: 'duckdb' } },
  });
  let source: DataSource;
  if (values.data) {
    source = { file: values.data };
  } else {
    const customers = Number(values.customers ?? 5000);
    if (!Number.isInteger(customers) || customers < 1) {
      console.error(`--customers must be a positive integer, not "${values.customers}"`);
      process.exit(1);
    }
    source = { columns: sampleChunks({ customers }) };
  }
  const started = performance.now();
  let engine: InsightsEngine;
  try {
    engine = await openEngine(values.db!, source);
  } catch (error) {
    // Refuse to start on a bad file: a dashboard on half the data would mislead.
    const what = error instanceof DataFileError || (error as NodeJS.ErrnoException).code ? `load ${values.data ?? 'the sample'}` : `start ${values.db}`;
    console.error(`Cannot ${what}: ${(error as Error).message}`);
    process.exit(1);
  }
  const loaded = ((performance.now() - started) / 1000).toFixed(1);
  const port = Number(process.env.PORT ?? 8080);
  const server = await startServer({ port, engine }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is in use: start with another one, e.g. PORT=8081 npm start`);
    process.exit(1);
  });
  // Ctrl-C and kill end through process.exit, so the engine's temporary folder is removed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
  console.log(`Insights demo: http://localhost:${(server.address() as AddressInfo).port}/ ` +
    `(${engine.description}, loaded in ${loaded} s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
