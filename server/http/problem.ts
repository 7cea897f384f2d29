/** RFC 9457 problem documents, the error body of every non-2xx JSON response. */
import type { ServerResponse } from 'node:http';
import type { Problem } from '../../src/data/contract.ts';

/** A refusal a handler throws: becomes the problem document of `status`, never a 500. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    detail: string,
    /** The offending query parameter, if one is to blame. */
    readonly parameter?: string,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'Refusal';
  }
}

/** A client mistake in the query: becomes a 400 naming the parameter. */
export class BadRequest extends Refusal {
  constructor(parameter: string, detail: string) {
    super(400, detail, parameter);
    this.name = 'BadRequest';
  }
}

const PROBLEMS: Record<number, { title: string; type?: string }> = {
  400: { title: 'Invalid query parameter', type: 'invalid-parameter' },
  401: { title: 'Sign-in required', type: 'invalid-token' },
  403: { title: 'Not allowed', type: 'insufficient-scope' },
  404: { title: 'Not found' },
  405: { title: 'Method not allowed' },
  413: { title: 'Export too large', type: 'export-too-large' },
  429: { title: 'Too many exports at once', type: 'exports-busy' },
  431: { title: 'Request headers too large' },
  500: { title: 'Internal server error' },
  503: { title: 'Data loading', type: 'data-loading' },
};

/** Builds the problem document for `status`. */
export function problem(status: number, detail: string, parameter?: string): Problem {
  const known = PROBLEMS[status];
  return {
    type: known?.type ? `https://insights-widgets.dev/problems/${known.type}` : 'about:blank',
    title: known?.title ?? 'Bad request',
    status,
    detail,
    ...(parameter === undefined ? {} : { parameter }),
  };
}

/** Sends `body` as `application/problem+json`. */
export function sendProblem(res: ServerResponse, body: Problem, headers: Record<string, string> = {}): void {
  res.statusCode = body.status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.removeHeader('Content-Encoding');
  res.removeHeader('Content-Disposition');
  res.setHeader('Content-Type', 'application/problem+json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Sends a {@link Refusal} as its problem document. */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  sendProblem(res, problem(refusal.status, refusal.message, refusal.parameter), refusal.headers);
}
