/**
 * `GET {basePath}/batch?r=…&r=…` (`BATCH_PATH` in the contract): several JSON resources in one
 * request. Each part is answered by the handler's own `answer` (the code a resource alone runs:
 * parse, scope, cache, serialize), so a part equals the resource alone; this module reads the
 * batch's parameters, resolves each part's path, and joins the parts' cached bodies.
 */
import { BATCH_MAX_PARTS, BATCH_PATH, RESOURCES } from '../../src/data/contract.ts';
import { BadRequest, Refusal, problem } from './problem.ts';

/** What a part may name: the four JSON resources (not the export, the OpenAPI document nor /batch). */
const PART_PATHS = new Set<string>(Object.values(RESOURCES).map((r) => r.path));
const EXAMPLE = 'r=%2Fcustomers%2Fmonthly%3Flast%3D12';
/** A URL parser needs a base; a part must keep its origin (no `//host`, no `http://…`). */
const BASE = 'http://localhost';

/** A resource's serialized answer, as the handler caches it. */
export interface Answered {
  body: string;
  etag: string;
}

/** A batch's body, and what its ETag hashes: each part's status and ETag, or its problem part. */
export interface BatchAnswer {
  body: string;
  validators: string[];
  /** Whether every part is a 200 (otherwise nothing may store the batch). */
  ok: boolean;
}

/** The `r` values of a batch request; throws the whole batch's 400 naming the parameter. */
export function batchParts(params: URLSearchParams): string[] {
  for (const name of params.keys()) {
    if (name !== 'r') throw new BadRequest(name, `Unknown parameter "${name}": a batch takes only r, once per resource (${EXAMPLE}).`);
  }
  const parts = params.getAll('r');
  if (parts.length === 0) {
    throw new BadRequest(
      'r',
      `Name the resources to answer: r=<path and query>, once per resource (1 to ${BATCH_MAX_PARTS}), e.g. ${EXAMPLE}.`,
    );
  }
  if (parts.length > BATCH_MAX_PARTS) {
    throw new BadRequest('r', `A batch carries at most ${BATCH_MAX_PARTS} resources (r); this one names ${parts.length}: split it.`);
  }
  return parts;
}

/** A part's resource path and query; throws the part's 400 (not a path of the API) or 404. */
export function partUrl(r: string): URL {
  let url: URL | undefined;
  // `//evil/x` and `/\evil/x` name another host to a URL parser.
  if (/^\/(?![/\\])/.test(r)) {
    try {
      url = new URL(r, BASE);
    } catch {
      // refused below
    }
  }
  // The origin check also catches what the parser rewrites into a host (`/\t/evil`: tabs are dropped).
  if (!url || url.origin !== BASE) {
    throw new BadRequest('r', `r "${clip(r)}" is not a path of this API: send a resource's path and query, e.g. ${EXAMPLE}.`);
  }
  if (!PART_PATHS.has(url.pathname)) {
    const paths = [...PART_PATHS].join(', ');
    throw new Refusal(404, `No resource at ${clip(url.pathname)} in a batch: a part is one of ${paths}; request others alone.`);
  }
  return url;
}

/**
 * Answers every part (at once; identical ones compute once through the cache). A refused or
 * failed part becomes its problem part and never fails the others; `failed` is told of an
 * engine failure (the handler logs it).
 */
export async function answerBatch(
  parts: readonly string[],
  answer: (path: string, params: URLSearchParams) => Promise<Answered>,
  failed: (index: number, error: unknown) => void,
): Promise<BatchAnswer> {
  const answers = await Promise.all(
    parts.map(async (r, index) => {
      try {
        const url = partUrl(r);
        const { body, etag } = await answer(url.pathname, url.searchParams);
        // The cached body as it is: a part is never serialized again.
        return { json: `{"status":200,"etag":${JSON.stringify(etag)},"body":${body}}`, validator: `200 ${etag}`, ok: true };
      } catch (error) {
        if (!(error instanceof Refusal)) failed(index, error);
        const json = problemPart(error);
        return { json, validator: json, ok: false };
      }
    }),
  );
  return {
    body: `{"answers":[${answers.map((a) => a.json).join(',')}]}`,
    validators: [BATCH_PATH, ...answers.map((a) => a.validator)],
    ok: answers.every((a) => a.ok),
  };
}

/** The part of a refusal (its problem document, `retryAfter` from its Retry-After) or of an engine failure. */
function problemPart(error: unknown): string {
  if (!(error instanceof Refusal)) {
    return JSON.stringify({ status: 500, body: problem(500, 'The engine failed to compute this resource.') });
  }
  const retryAfter = Number(error.headers['Retry-After'] ?? NaN);
  return JSON.stringify({
    status: error.status,
    body: problem(error.status, error.message, error.parameter),
    ...(Number.isInteger(retryAfter) ? { retryAfter } : {}),
  });
}

/** A client's text quoted in a detail, cut short (an `r` may be kilobytes long). */
function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
