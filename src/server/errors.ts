// Errors as JSON: every failure the API reports is `{ "error": "message" }` with a fitting status.
// HttpError carries a status chosen by a route; LedgerError (a ledger that cannot be read) is a 500
// with its own clear message; anything else is a 500 whose details go to the log, not the client.

import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { LedgerError } from '../ledger/index.js';

export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export type ErrorLogger = (message: string, error: unknown) => void;

export function errorJson(c: Context, status: ContentfulStatusCode, message: string) {
  return c.json({ error: message }, status);
}

/** The app's onError handler. */
export function errorHandler(log: ErrorLogger): ErrorHandler {
  return (err, c) => {
    if (err instanceof HttpError) return errorJson(c, err.status, err.message);
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return errorJson(c, status, err.message || (status === 413 ? 'request body too large' : 'bad request'));
    }
    if (err instanceof LedgerError) {
      log(`${c.req.method} ${c.req.path}: ledger error`, err);
      return errorJson(c, 500, `ledger: ${err.message}`);
    }
    log(`${c.req.method} ${c.req.path}: internal error`, err);
    return errorJson(c, 500, 'internal error (see the server log)');
  };
}

export const notFound: NotFoundHandler = (c) => errorJson(c, 404, `not found: ${c.req.method} ${c.req.path}`);
