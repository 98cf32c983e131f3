// Host header check: a server bound to a loopback address answers only requests addressed to a
// loopback name, which defeats DNS-rebinding pages that would otherwise reach the local API.

import type { MiddlewareHandler } from 'hono';

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'] as const;

/** The host name of a Host header value, lower-cased, port removed ("[::1]:8080" -> "[::1]"). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end < 0 ? h : h.slice(0, end + 1);
  }
  const colon = h.indexOf(':');
  return colon < 0 ? h : h.slice(0, colon);
}

export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map((a) => a.toLowerCase()));
  return async (c, next) => {
    const header = c.req.header('Host') ?? new URL(c.req.url).host;
    const name = hostName(header);
    if (!names.has(name) && !/^127(\.\d{1,3}){3}$/.test(name)) {
      return c.json({ error: `host '${name}' is not served here; use http://localhost or http://127.0.0.1` }, 403);
    }
    await next();
  };
}
