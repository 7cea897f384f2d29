/**
 * `GET /metrics` in Prometheus' text format (prom-client): requests by route and status, their
 * latency, requests in flight, the data loads (duration, rows, customers, last success,
 * failures), the engine, and the process' default metrics. One registry per server, so two
 * servers in one process (tests) count apart.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { BATCH_PATH, EXPORT_PATH, RESOURCES } from '../../src/data/contract.ts';
import type { LiveData } from '../data-source/live-data.ts';

/** The paths with a route label of their own; anything else is `static` (bounded labels). */
const ROUTES = new Set<string>([...Object.values(RESOURCES).map((r) => r.path), EXPORT_PATH, BATCH_PATH, '/openapi.json']);
const OWN = new Set(['/healthz', '/readyz', '/metrics']);

export interface Metrics {
  registry: Registry;
  /** Counts `req` from now until its response ends. */
  track(req: IncomingMessage, res: ServerResponse): void;
}

/** The server's metrics; `basePath` is the API's prefix (its routes are labelled without it). */
export function createMetrics(live: LiveData, basePath = ''): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'insights_http_requests_total',
    help: 'HTTP requests answered, by route and status.',
    labelNames: ['route', 'status'],
    registers,
  });
  const latency = new Histogram({
    name: 'insights_http_request_duration_seconds',
    help: 'Time from request to the end of the response, by route.',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const inFlight = new Gauge({ name: 'insights_http_requests_in_flight', help: 'Requests being answered.', registers });
  const loads = new Counter({
    name: 'insights_data_loads_total',
    help: 'Data loads, by result (success, failure).',
    labelNames: ['result'],
    registers,
  });
  const loadSeconds = new Histogram({
    name: 'insights_data_load_duration_seconds',
    help: 'Time a load took, refused ones included.',
    buckets: [0.5, 1, 2.5, 5, 10, 20, 40, 60, 90, 120, 300],
    registers,
  });
  const rows = new Gauge({ name: 'insights_data_rows', help: 'Rows of the data answering.', registers });
  const customers = new Gauge({ name: 'insights_data_customers', help: 'Customers of the data answering.', registers });
  const lastSuccess = new Gauge({
    name: 'insights_data_last_success_timestamp_seconds',
    help: 'When the data answering finished loading (Unix time).',
    registers,
  });
  new Gauge({
    name: 'insights_data_ready',
    help: '1 once data is loaded (readiness), else 0.',
    registers,
    collect() {
      this.set(live.ready ? 1 : 0);
    },
  });
  const engine = new Gauge({ name: 'insights_engine_info', help: 'The engine answering (value 1).', labelNames: ['engine'], registers });
  loads.inc({ result: 'success' }, 0);
  loads.inc({ result: 'failure' }, 0);

  live.onLoad((event) => {
    loadSeconds.observe(event.seconds);
    loads.inc({ result: event.ok ? 'success' : 'failure' });
    if (!event.ok) return;
    rows.set(event.info.rows);
    customers.set(event.info.customers);
    lastSuccess.set(Date.parse(event.info.loadedAt) / 1000);
    engine.reset();
    engine.set({ engine: event.engine.description }, 1);
  });
  const current = live.acquire();
  if (current) {
    engine.set({ engine: current.engine.description }, 1);
    current.release();
  }

  return {
    registry,
    track(req, res) {
      const started = performance.now();
      inFlight.inc();
      res.once('close', () => {
        inFlight.dec();
        const route = routeOf(req.url, basePath);
        requests.inc({ route, status: String(res.statusCode) });
        latency.observe({ route }, (performance.now() - started) / 1000);
      });
    },
  };
}

function routeOf(url: string | undefined, basePath: string): string {
  const path = (url ?? '/').split('?')[0]!;
  if (OWN.has(path)) return path;
  const api = path.startsWith(basePath) ? path.slice(basePath.length) : '';
  return ROUTES.has(api) ? api : 'static';
}
