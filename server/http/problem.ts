/** RFC 9457 problem documents, the error body of every non-2xx JSON response. */
import type { ServerResponse } from 'node:http';
import type { Problem } from '../../src/data/contract.ts';

/** A client mistake in the query: becomes a 400 naming the parameter, never a 500. */
export class BadRequest extends Error {
  constructor(
    /** The offending query parameter. */
    readonly parameter: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'BadRequest';
  }
}

const TITLES: Record<number, string> = {
  400: 'Invalid query parameter',
  404: 'Not found',
  405: 'Method not allowed',
  500: 'Internal server error',
};

/** Builds the problem document for `status`. */
export function problem(status: number, detail: string, parameter?: string): Problem {
  return {
    type: status === 400 ? 'https://insights-widgets.dev/problems/invalid-parameter' : 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(parameter === undefined ? {} : { parameter }),
  };
}

/** Sends `body` as `application/problem+json`. */
export function sendProblem(res: ServerResponse, body: Problem): void {
  res.statusCode = body.status;
  res.setHeader('Content-Type', 'application/problem+json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}
