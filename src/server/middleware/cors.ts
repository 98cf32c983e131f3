// CORS for reads only: GET/HEAD responses carry Access-Control-Allow-Origin so notebooks and other
// pages can read the ledger; preflights are answered for GET/HEAD only, so other origins cannot POST
// with custom headers or JSON bodies.

import type { MiddlewareHandler } from 'hono';

export interface CorsOptions {
  /** The allowed origin ('*' for any). */
  origin: string;
  /** Preflight cache time, seconds. */
  maxAge: number;
}

export const CORS_DEFAULTS: CorsOptions = { origin: '*', maxAge: 600 };

export function corsGet(options: Partial<CorsOptions> = {}): MiddlewareHandler {
  const o = { ...CORS_DEFAULTS, ...options };
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'OPTIONS') {
      const wanted = (c.req.header('Access-Control-Request-Method') ?? '').toUpperCase();
      if (wanted !== 'GET' && wanted !== 'HEAD') {
        return c.json({ error: 'cross-origin requests may only read (GET)' }, 403);
      }
      c.header('Access-Control-Allow-Origin', o.origin);
      c.header('Access-Control-Allow-Methods', 'GET, HEAD');
      const headers = c.req.header('Access-Control-Request-Headers');
      if (headers) c.header('Access-Control-Allow-Headers', headers);
      c.header('Access-Control-Max-Age', String(o.maxAge));
      if (o.origin !== '*') c.header('Vary', 'Origin');
      return c.body(null, 204);
    }
    await next();
    if (method === 'GET' || method === 'HEAD') {
      c.res.headers.set('Access-Control-Allow-Origin', o.origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Server-Timing, Content-Disposition');
      if (o.origin !== '*') c.res.headers.append('Vary', 'Origin');
    }
  };
}
