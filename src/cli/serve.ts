// `entente serve`: the HTTP API and the dashboard over a ledger opened read-only. POST /api/code
// codes pasted text with the coder and stores nothing. Runs until SIGINT/SIGTERM, then closes the store.

import { openLedger, LedgerError, DEFAULT_DB, type LedgerStore } from '../ledger/index.js';
import { createCoder, type Coder } from '../coder.js';
import { createApp } from '../server/app.js';
import { startServer, isLoopback, type RunningServer } from '../server/server.js';
import { LOOPBACK_HOSTS } from '../server/middleware/host.js';
import { parse, str, UsageError, withUsage } from './args.js';

const USAGE = 'entente serve [--db FILE] [--port 8080] [--host 127.0.0.1]';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  /** Build the coder in the background right after listening (default true). */
  warmCoder?: boolean;
  log?: (line: string) => void;
}

export interface Serving {
  running: RunningServer;
  store: LedgerStore;
  /** Stop listening, end connections, close the ledger. */
  stop(): Promise<void>;
}

/** Opens the ledger read-only and starts the server; rejects with LedgerError or a bind error. */
export async function startServe(o: ServeOptions): Promise<Serving> {
  const log = o.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = openLedger(o.db, { readonly: true });
  let coder: Coder | null = null;
  const getCoder = () => (coder ??= createCoder());
  const app = createApp({
    store,
    coder: getCoder,
    allowedHosts: isLoopback(o.host) ? [...LOOPBACK_HOSTS, o.host] : undefined,
  });
  let running: RunningServer;
  try {
    running = await startServer(app, { port: o.port, host: o.host });
  } catch (e) {
    store.close();
    throw e;
  }
  if (o.warmCoder !== false) {
    setImmediate(() => {
      try {
        getCoder().code({ id: 'warm-up', text: 'Japan and Norway held talks in Tokyo.', published: '2024-01-01' });
      } catch (e) {
        log(`entente serve: warning: the coder failed to start (${(e as Error).message}); POST /api/code will report errors`);
      }
    });
  }
  let stopped: Promise<void> | null = null;
  return {
    running,
    store,
    stop: () => (stopped ??= running.close().then(() => store.close())),
  };
}

function portOf(v: string | undefined): number {
  if (v === undefined) return 8080;
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got '${v}'\n\nusage: ${USAGE}`);
  return Number(v);
}

export function serveCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, USAGE);
    if (p.values.help) { process.stdout.write(`usage: ${USAGE}\n`); return 0; }
    if (p.positionals.length) throw new UsageError(`serve takes no positional arguments\n\nusage: ${USAGE}`);
    const host = str(p, 'host') ?? '127.0.0.1';
    const port = portOf(str(p, 'port'));
    const db = str(p, 'db') ?? DEFAULT_DB;
    let serving: Serving;
    try {
      serving = await startServe({ db, port, host });
    } catch (e) {
      if (e instanceof LedgerError || e instanceof Error) {
        process.stderr.write(`entente: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    if (!isLoopback(host)) {
      process.stderr.write(`entente serve: warning: listening on ${host}, not a loopback address: anyone who can reach this machine can read the ledger and use the coder (there is no authentication)\n`);
    }
    process.stdout.write(`entente: serving ${db} at ${serving.running.url} (Ctrl-C to stop)\n`);
    return new Promise<number>((resolve) => {
      const shutdown = (signal: string) => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        process.stderr.write(`entente serve: ${signal}, stopping\n`);
        serving.stop().then(() => resolve(0), (e: Error) => {
          process.stderr.write(`entente serve: ${e.message}\n`);
          resolve(1);
        });
      };
      const onInt = () => shutdown('SIGINT');
      const onTerm = () => shutdown('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
    });
  });
}
