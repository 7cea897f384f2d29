/** Shared test plumbing: a server on a free port, and fetches validated against the contract. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as v from 'valibot';
import {
  BatchResponseSchema,
  ProblemSchema,
  RESOURCES,
  type Problem,
  type ResourceName,
  type ResourceResponse,
} from '../../src/data/contract.ts';
import type { RawRow } from '../data/raw-row.ts';
import type { DataSource, EngineOptions } from '../engine/engine.ts';
import { openEngine } from '../engine/open.ts';
import type { HandlerOptions } from '../http/handler.ts';
import type { HealthOptions } from '../http/health.ts';
import { LiveData } from '../data-source/live-data.ts';
import { startServer } from '../main.ts';
import { buildOpenApi } from '../openapi.ts';
import { startClickHouseHttp } from './clickhouse-http.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(buildOpenApi(), 'openapi');
const COMPONENT: Record<ResourceName | 'problem' | 'batch', string> = {
  monthly: 'MonthlyResponse',
  breakdown: 'BreakdownResponse',
  trend: 'TrendResponse',
  dimensions: 'DimensionsResponse',
  problem: 'Problem',
  batch: 'BatchResponse',
};

/** Asserts `body` is valid per the OpenAPI document (ajv, 2020-12) and the valibot schema. */
export function assertValid(resource: ResourceName | 'problem' | 'batch', body: unknown): void {
  const validate = ajv.getSchema(`openapi#/components/schemas/${COMPONENT[resource]}`)!;
  assert.ok(validate(body), `${resource}: ${ajv.errorsText(validate.errors)}`);
  const schema = resource === 'problem' ? ProblemSchema : resource === 'batch' ? BatchResponseSchema : RESOURCES[resource].schema;
  const result = v.safeParse(schema, body);
  assert.ok(result.success, `${resource}: ${JSON.stringify(result.issues?.[0]?.message)}`);
}

/** Polls `check` every 10 ms until it holds: for what the server does after an answer ends (logs, swaps). */
export async function until(check: () => unknown, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The engines every truth test runs on: `--db` names, and `clickhouse` for the HTTP backend
 * talking to clickhouse-http.ts (ClickHouse behind a stand-in of its HTTP interface).
 */
export const ENGINES = ['duckdb', 'chdb', 'clickhouse'] as const;

/** An engine of `db` (see {@link ENGINES}) over `source`, and how to close it with what it needs. */
export async function testEngine(db: string, source: DataSource | readonly RawRow[], options: EngineOptions = {}) {
  const clickhouse = db === 'clickhouse' ? await startClickHouseHttp() : undefined;
  try {
    const engine = await openEngine(clickhouse?.url ?? db, source, options);
    return { engine, close: async () => (await engine.close(), await clickhouse?.close()) };
  } catch (error) {
    await clickhouse?.close();
    throw error;
  }
}

/** A running server over `rows` on engine `db` (default DuckDB); call `close()` in `after`. */
export async function serve(rows: readonly RawRow[], options: EngineOptions & HandlerOptions & HealthOptions & { db?: string } = {}) {
  const { engine, close } = await testEngine(options.db ?? 'duckdb', rows, options);
  const live = LiveData.of(engine);
  const server = await startServer({ port: 0, ...options, engine: live });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    /** The node:http server (its open connections, for the export limits' tests). */
    server,
    /** The data holder the server answers from (a refused reload, a swap). */
    live,
    /** GETs a JSON resource, asserts 200 and validity, returns the body. */
    async get<R extends ResourceName>(resource: R, query = ''): Promise<ResourceResponse<R>> {
      const res = await fetch(`${base}${RESOURCES[resource].path}${query}`);
      const body = await res.json();
      assert.equal(res.status, 200, JSON.stringify(body));
      assertValid(resource, body);
      return body as ResourceResponse<R>;
    },
    /** GETs `path`, asserts a 400 problem document, returns it. */
    async problem(path: string): Promise<Problem> {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 400, path);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      const body = await res.json();
      assertValid('problem', body);
      return body as Problem;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await close();
    },
  };
}
