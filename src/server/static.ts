// The dashboard's static files (index.html, app.js, style.css), read once into memory and served with
// an ETag and a strict Content-Security-Policy: everything is local, no CDN, no inline script.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The folder holding the dashboard: `static/` beside this module (when a build copies it into dist),
 * else the sources' `src/server/static` from the package root (a fresh clone after `npm run build`).
 */
export function defaultStaticDir(): string | null {
  const candidates = [new URL('./static/', import.meta.url), new URL('../../src/server/static/', import.meta.url)];
  for (const u of candidates) {
    const dir = fileURLToPath(u);
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return null;
}

interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
}

export function loadStatic(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(dir, name));
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    files.set(`/${name}`, { body: new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)) as Uint8Array<ArrayBuffer>, type, etag });
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}

export function staticRoutes(dir: string | null): Hono {
  const app = new Hono();
  const files = dir ? loadStatic(dir) : new Map<string, StaticFile>();
  app.get('*', async (c, next) => {
    const f = files.get(c.req.path);
    if (!f) {
      if (c.req.path === '/' && files.size === 0) {
        return c.text('entente: the dashboard files were not found (src/server/static); the JSON API is at /api/health\n', 500);
      }
      return next();
    }
    const headers: Record<string, string> = {
      'Content-Type': f.type,
      ETag: f.etag,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (f.type.startsWith('text/html')) headers['Content-Security-Policy'] = CSP;
    if (c.req.header('If-None-Match') === f.etag) return c.body(null, 304, headers);
    return c.body(f.body, 200, headers);
  });
  return app;
}
