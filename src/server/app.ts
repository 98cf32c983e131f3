// The HTTP API and dashboard as a Hono app. `createApp` is the whole server minus the socket: tests
// call `app.request()` on it; `startServer` (./server.ts) binds it to a port.

import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { LedgerStore } from '../ledger/store.js';
import type { Coder } from '../coder.js';
import { errorHandler, notFound, type ErrorLogger } from './errors.js';
import { timing } from './middleware/timing.js';
import { corsGet, type CorsOptions } from './middleware/cors.js';
import { hostGuard } from './middleware/host.js';
import { ledgerRoutes } from './routes/ledger.js';
import { codeRoutes } from './routes/code.js';
import { exportRoutes } from './routes/export.js';
import { defaultStaticDir, staticRoutes } from './static.js';

export interface AppOptions {
  /** The ledger to answer from (opened read-only is enough: the API never writes). */
  store: LedgerStore;
  /** The coder behind POST /api/code, or a factory called on first use; null disables the route (501). */
  coder?: Coder | (() => Coder) | null;
  /** Reported by /api/health; defaults to package.json's version. */
  version?: string;
  /** Largest POST /api/code body, bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Largest `limit` (default 1000). */
  maxLimit?: number;
  /** Rows when `limit` is absent (default 50). */
  defaultLimit?: number;
  /** CORS for GET requests under /api; false to send no CORS headers (default: any origin). */
  cors?: Partial<CorsOptions> | false;
  /** Host names the server answers to (DNS-rebinding guard); undefined accepts any Host. */
  allowedHosts?: readonly string[];
  /** The dashboard folder; null serves the API only (default: found beside the package). */
  staticDir?: string | null;
  /** Where unexpected errors are reported (default: stderr). */
  log?: ErrorLogger;
  /** Cache time of the countries list, ms (default 60 s). */
  countriesTtlMs?: number;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const DEFAULTS = {
  maxBodyBytes: 2 * 1024 * 1024,
  maxLimit: 1000,
  defaultLimit: 50,
  countriesTtlMs: 60_000,
} as const;

const stderrLog: ErrorLogger = (message, error) => {
  process.stderr.write(`entente serve: ${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
};

export function createApp(options: AppOptions): Hono {
  const o = {
    ...DEFAULTS,
    version: packageVersion(),
    coder: null,
    cors: {},
    log: stderrLog,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as Required<Omit<AppOptions, 'allowedHosts' | 'staticDir'>> & Pick<AppOptions, 'allowedHosts' | 'staticDir'>;
  if (!Number.isInteger(o.maxLimit) || o.maxLimit < 1) throw new RangeError('maxLimit must be a positive integer');
  if (o.defaultLimit < 1 || o.defaultLimit > o.maxLimit) throw new RangeError('defaultLimit must be between 1 and maxLimit');

  const app = new Hono();
  app.onError(errorHandler(o.log));
  app.notFound(notFound);
  app.use('*', timing());
  if (o.allowedHosts) app.use('*', hostGuard(o.allowedHosts));
  if (o.cors !== false) app.use('/api/*', corsGet(o.cors));

  app.route('/api', ledgerRoutes(o.store, o));
  app.route('/api', codeRoutes({ coder: o.coder, maxBodyBytes: o.maxBodyBytes }));
  app.route('/api', exportRoutes(o.store));
  app.route('/', staticRoutes(o.staticDir === undefined ? defaultStaticDir() : o.staticDir));
  return app;
}
