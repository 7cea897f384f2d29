/**
 * Turns anything a widget caught into a message fit to show, in the widget's words (the `error`
 * text group); never leaks a stack. The data layer's errors are told apart by class; a problem
 * document's `detail` and a contract `issue` are shown as the endpoint and the client wrote them.
 * Lives in i18n, not in `data/`, so the data layer stays free of UI text.
 */
import {
  AuthError,
  HttpError,
  InvalidResponseError,
  MissingEndpointError,
  MissingFieldError,
  NetworkError,
  TimeoutError,
} from '../data/errors.js';
import type { error } from './text/error.js';

export function describeError(caught: unknown, m: (typeof error)['en']): string {
  if (caught instanceof MissingEndpointError) return m.missingEndpoint;
  if (caught instanceof AuthError) return caught.status === 403 ? m.notAllowed : m.notSignedIn;
  if (caught instanceof MissingFieldError) return m.missingField(caught.field);
  if (caught instanceof TimeoutError) return m.timeout(String(Math.round(caught.timeout / 100) / 10));
  if (caught instanceof NetworkError) return m.network;
  if (caught instanceof HttpError) return m.http(caught.status, caught.problem?.detail);
  if (caught instanceof InvalidResponseError) return caught.reason === 'not-json' ? m.notJson : m.invalid(caught.issue);
  if (caught instanceof Error && caught.message) return caught.message;
  return m.unknown;
}
