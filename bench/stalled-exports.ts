/**
 * `npm run bench -- stalled-exports`: 100 clients start the export of a 12-month view and stop
 * reading (the attack). Prints the server's RSS before, while they stall, and once the
 * idle timeout has passed, and the time of a dashboard request before and meanwhile: without
 * limits (a limit too high to bite and an hour of patience: the server before them) and with
 * the defaults, except a 10 s idle timeout to keep the run short.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { END } from './support/server-run.ts';

const CUSTOMERS = 20_000;
const STALLED = 100;
const IDLE_MS = 10_000;
const EXPORT = `/customers/export?from=2025-11&to=${END}`;

const rssMb = (child: ChildProcess) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;

async function startServer(db: string, concurrent: number, idleMs: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/support/export-server.ts', String(CUSTOMERS), db, String(concurrent), String(idleMs)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const line = (await lines.next()).value as string;
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

/** Sends the export request and never reads the answer; resolves with the status line's code, if any arrived. */
function stall(port: number): Promise<{ socket: Socket; status: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${EXPORT} HTTP/1.1\r\nHost: bench\r\n\r\n`));
    socket.once('data', (data: Buffer) => {
      socket.pause();
      resolve({ socket, status: data.toString('latin1', 9, 12) });
    });
    socket.on('error', () => undefined);
  });
}

/** A filtered dashboard request (never cached before); '> 30 s' when it does not come back. */
async function dashboardMs(port: number, i: number): Promise<string> {
  const start = performance.now();
  const url = `http://127.0.0.1:${port}/customers/breakdown?by=sku&last=${6 + i}&market=US&product=Power%20BI`;
  const ok = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
    (res) => res.arrayBuffer(),
    () => null,
  );
  return ok ? (performance.now() - start).toFixed(0) : '> 30,000';
}

async function run(label: string, db: string, concurrent: number, idleMs: number): Promise<void> {
  const { child, port } = await startServer(db, concurrent, idleMs);
  try {
    const quiet = await dashboardMs(port, 0);
    const before = rssMb(child);
    const clients = await Promise.all(Array.from({ length: STALLED }, () => stall(port)));
    const statuses = new Map<string, number>();
    for (const { status } of clients) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    await sleep(3000);
    const stalled = rssMb(child);
    const slow = await dashboardMs(port, 1);
    await sleep(IDLE_MS + 2000);
    const later = rssMb(child);
    console.log(
      `| ${label} | ${db} | ${JSON.stringify(Object.fromEntries(statuses))} | ${before.toFixed(0)} | ${stalled.toFixed(0)} | ` +
        `${later.toFixed(0)} | ${quiet} | ${slow} |`,
    );
    for (const { socket } of clients) socket.destroy();
  } finally {
    child.kill();
  }
}

export async function bench(): Promise<void> {
  console.log(`${STALLED} stalled exports of 12 months, ${CUSTOMERS.toLocaleString('en')} customers; RSS in MB, dashboard request in ms`);
  console.log('| limits | engine | answers | RSS before | RSS stalled (3 s) | RSS 12 s later | dashboard request before | while stalled |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|');
  for (const db of ['duckdb', 'chdb']) {
    await run('none (1000 at once, 1 h idle)', db, 1000, 3_600_000);
    await run(`defaults (4 at once, ${IDLE_MS / 1000} s idle)`, db, 4, IDLE_MS);
  }
}
