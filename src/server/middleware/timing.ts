// Request timing: `Server-Timing: app;dur=<ms>` on every response (shown by browser dev tools), the
// time spent in the app until the response (or, for streams, its first byte) was ready.

import type { MiddlewareHandler } from 'hono';

export function timing(): MiddlewareHandler {
  return async (c, next) => {
    const t0 = performance.now();
    await next();
    c.res.headers.set('Server-Timing', `app;dur=${(performance.now() - t0).toFixed(1)}`);
  };
}
