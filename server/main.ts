/**
 * The reference server: `tsx server/main.ts [--data export.csv] [--customers N] [--db engine]`
 * and the flags of {@link FLAGS} (server/README.md). Loads a partner-portal export (or generates
 * the sample) into the engine (`--db`: duckdb, the default; chdb; or a clickhouse:// URL) and
 * serves the API, the demo and the built kit on PORT (default 8080).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataFileError } from './data/load-file.ts';
import { LiveData } from './data-source/live-data.ts';
import { createReloader } from './data-source/reloader.ts';
import { sampleChunks } from './data/sample.ts';
import type { DataSource, InsightsEngine } from './engine/engine.ts';
import { openEngine } from './engine/open.ts';
import { EXPORT_IDS, type EngineOptions, type ExportIds } from './engine/engine.ts';
import { randomBytes } from 'node:crypto';
import { accessLogTo } from './http/audit.ts';
import { createAuthenticator, type AuthOptions } from './http/auth.ts';
import { AUTH_MODES, authOptionsOf, type AuthMode } from './http/auth-config.ts';
import { parseCorsOrigins } from './http/cors.ts';
import { createDemoTokenHandler, DEMO_TOKEN_SECONDS, type DemoTokens } from './http/demo-token.ts';
import { EXPORT_DEFAULTS } from './http/export.ts';
import type { HandlerOptions } from './http/handler.ts';
import { createHealthHandler, type HealthOptions } from './http/health.ts';
import { createLiveHandler } from './http/live-handler.ts';
import { createMetrics } from './http/metrics.ts';
import { problem, sendProblem } from './http/problem.ts';
import { createStaticHandler } from './http/static.ts';

/** The repository root, where demo/ and dist/ live. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Options of {@link startServer}. */
export interface StartOptions extends HandlerOptions, HealthOptions {
  /** TCP port; 0 picks a free one (read it from `server.address()`). */
  port: number;
  /** The data: a loaded engine, or a {@link LiveData} that loads (and reloads) after the start. */
  engine: InsightsEngine | LiveData;
  /** `--auth demo`: serve `/demo/token` signing with this secret (never with real keys). */
  demoTokens?: DemoTokens;
}

/** Starts node:http serving the API, health, metrics and the static demo; resolves once listening. */
export function startServer({ port, engine, metricsToken, demoTokens, ...options }: StartOptions): Promise<Server> {
  const live = engine instanceof LiveData ? engine : LiveData.of(engine);
  const api = createLiveHandler(live, options);
  const tokens = demoTokens && createDemoTokenHandler(demoTokens);
  const metrics = createMetrics(live, options.basePath);
  const health = createHealthHandler(live, metrics, { metricsToken });
  const files = createStaticHandler(ROOT);
  const server = createServer((req, res) => {
    metrics.track(req, res);
    if (health(req, res)) return;
    api(req, res, () => {
      if (tokens?.(req, res)) return;
      files(req, res).catch(() => {
        if (res.headersSent) res.destroy();
        else sendProblem(res, problem(404, 'This file cannot be read.'));
      });
    });
  });
  // Requests Node's parser refuses (bad request line, oversized headers) get a problem document too.
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    // Answered already (the parser goes on reading what the client still sends), or gone.
    if (!socket.writable) return;
    // Mid-response (a broken request body): nothing sensible can be written any more.
    if ((socket as { _httpMessage?: unknown })._httpMessage) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify(
      problem(
        status,
        status === 431
          ? 'The request line and headers are too large (16 KB at most): send fewer or shorter parameters and headers.'
          : 'The request is not valid HTTP: send a GET request with a path and the usual headers.',
      ),
    );
    // A HEAD request's answer has no body, even an error's.
    const head = error.rawPacket?.toString('latin1', 0, 5) === 'HEAD ';
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${head ? '' : body}`,
    );
    // Lingering close: take in what the client still sends, or the close is a reset that can
    // destroy the answer before the client reads it.
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

/** Command-line flags beyond --data/--customers/--db; server/README.md explains each. */
const FLAGS = {
  data: { type: 'string' },
  customers: { type: 'string' },
  db: { type: 'string', default: 'duckdb' },
  'cors-origin': { type: 'string', default: '' },
  'export-ids': { type: 'string', default: 'hashed' },
  'max-exports': { type: 'string', default: String(EXPORT_DEFAULTS.concurrent) },
  'export-max-rows': { type: 'string', default: String(EXPORT_DEFAULTS.maxRows) },
  'export-idle-timeout': { type: 'string', default: String(EXPORT_DEFAULTS.idleTimeoutMs / 1000) },
  auth: { type: 'string', default: 'none' },
  'jwt-secret-file': { type: 'string' },
  'jwks-file': { type: 'string' },
  'jwks-url': { type: 'string' },
  'jwt-issuer': { type: 'string' },
  'jwt-audience': { type: 'string' },
  'clock-tolerance': { type: 'string', default: '30' },
  'roles-claim': { type: 'string' },
  'export-roles': { type: 'string' },
  'access-log': { type: 'string' },
  'demo-token-seconds': { type: 'string', default: String(DEMO_TOKEN_SECONDS) },
  'metrics-token-file': { type: 'string' },
} as const;

/** Exits with `message` (a flag the user got wrong, a file that cannot load). */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${flag} must be a positive whole number, not "${value}"`);
  return n;
}

/**
 * Sign-in from `--auth` and its flags: `jwt` verifies the partner's tokens; `demo` signs its own
 * with a random secret (the demo's `/demo/token`). Signed-in servers log every API request.
 */
function authOf(values: Record<string, string | undefined>): Pick<StartOptions, 'auth' | 'accessLog' | 'demoTokens'> {
  const mode = values.auth as AuthMode;
  if (!AUTH_MODES.includes(mode)) fail(`--auth must be one of ${AUTH_MODES.join(', ')}, not "${mode}"`);
  const accessLog = values['access-log'] || mode !== 'none' ? accessLogTo(values['access-log'] || undefined) : undefined;
  if (mode === 'none') return { accessLog };
  let options: AuthOptions;
  let demoTokens: DemoTokens | undefined;
  if (mode === 'demo') {
    const secret = randomBytes(32);
    demoTokens = { secret, lifetime: positive('demo-token-seconds', values['demo-token-seconds']!) };
    options = { secret };
  } else {
    try {
      options = authOptionsOf(values);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  return { auth: createAuthenticator(options), accessLog, demoTokens };
}

/** The handler's and engine's options from the flags; exits on a bad value. */
function optionsOf(values: Record<string, string | undefined>): HandlerOptions & EngineOptions & Pick<StartOptions, 'demoTokens'> {
  const exportIds = values['export-ids'] as ExportIds;
  if (!EXPORT_IDS.includes(exportIds)) fail(`--export-ids must be one of ${EXPORT_IDS.join(', ')}, not "${exportIds}"`);
  let corsOrigins: HandlerOptions['corsOrigins'];
  try {
    corsOrigins = parseCorsOrigins(values['cors-origin']!);
  } catch (error) {
    fail((error as Error).message);
  }
  return {
    ...authOf(values),
    corsOrigins,
    exportIds,
    // A key from the environment keeps hashed ids stable across restarts (and out of `ps`).
    exportIdKey: process.env.INSIGHTS_EXPORT_ID_KEY || undefined,
    exportLimits: {
      concurrent: positive('max-exports', values['max-exports']!),
      maxRows: positive('export-max-rows', values['export-max-rows']!),
      idleTimeoutMs: positive('export-idle-timeout', values['export-idle-timeout']!) * 1000,
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: FLAGS });
  const options = optionsOf(values);
  let source: DataSource;
  if (values.data) {
    source = { file: values.data };
  } else {
    const customers = positive('customers', values.customers ?? '5000');
    source = { columns: sampleChunks({ customers }) };
  }
  const live = new LiveData();
  const port = Number(process.env.PORT ?? 8080);
  // Listening before the data is in: health at once, the API a 503 "still loading" meanwhile.
  const server = await startServer({ port, engine: live, ...options, metricsToken: metricsTokenOf(values) }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      fail(`Port ${port} is in use: start with another one, e.g. PORT=8081 npm start`);
    },
  );
  // Ctrl-C and kill end through process.exit, so the engines' temporary folders are removed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
  const what = values.data ?? 'the sample';
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  console.log(`Insights demo: ${origin}/ (loading ${what}…)`);
  if (options.demoTokens) console.log(`Signed-in demo (--auth demo): ${origin}/demo/secure.html`);
  const reloader = createReloader({
    live,
    source,
    open: (s) => openEngine(values.db!, s, options),
  });
  const first = await reloader.reload('start');
  if (!first.ok) {
    // Refuse to serve a bad file: a dashboard on half the data would mislead.
    const error = first.error as NodeJS.ErrnoException;
    fail(`Cannot ${error instanceof DataFileError || error.code ? `load ${what}` : `start ${values.db}`}: ${error.message}`);
  }
  const lease = live.acquire()!;
  console.log(`Insights data: ${lease.engine.description}, ready${values.data ? '; watching the file (or send SIGHUP) to reload' : ''}`);
  lease.release();
  if (values.data) {
    reloader.watch();
    process.on('SIGHUP', () => void reloader.reload('SIGHUP'));
  }
}

/** The token `/metrics` asks for, read from `--metrics-token-file` (kept out of `ps`). */
function metricsTokenOf(values: Record<string, string | undefined>): string | undefined {
  const file = values['metrics-token-file'];
  if (!file) return undefined;
  let token: string;
  try {
    token = readFileSync(file, 'utf8').trim();
  } catch (error) {
    fail(`Cannot read --metrics-token-file ${file}: ${(error as Error).message}`);
  }
  if (token.length < 16) fail(`--metrics-token-file ${file} holds a token of ${token.length} characters: use at least 16 random ones`);
  return token;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
