/**
 * The reference server in a process of its own, for bench/stalled-exports.ts:
 * `node --import tsx bench/support/export-server.ts <customers> <db> <max exports> <idle ms>`.
 * Prints one JSON line with its port once it listens.
 */
import type { AddressInfo } from 'node:net';
import { sampleChunks } from '../../server/data/sample.ts';
import { openEngine } from '../../server/engine/open.ts';
import { startServer } from '../../server/main.ts';
import { END } from './server-run.ts';

const [customers, db, concurrent, idleTimeoutMs] = process.argv.slice(2);
const engine = await openEngine(db!, { columns: sampleChunks({ customers: Number(customers), endMonth: END }) });
const server = await startServer({
  port: 0,
  engine,
  exportLimits: { concurrent: Number(concurrent), idleTimeoutMs: Number(idleTimeoutMs) },
});
console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
