// Binding the app to a socket with @hono/node-server: `startServer` resolves once listening (or
// rejects with a clear message when the port is taken) and returns a `close` that ends open connections.

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { isIP } from 'node:net';

export interface ListenOptions {
  /** Port; 0 picks a free one (default 8080). */
  port?: number;
  /** Address to bind (default 127.0.0.1). */
  host?: string;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export function urlFor(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host;
  return `http://${h}:${port}/`;
}

export function startServer(app: Hono, options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host, port }) as Server;
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 60_000;
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use; pick another with --port`
        : e.code === 'EADDRNOTAVAIL' ? `cannot bind ${host}: no such local address`
          : e.code === 'EACCES' ? `not allowed to bind ${host}:${port} (ports below 1024 need privileges)` : e.message));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const addr = server.address() as AddressInfo;
      let closing: Promise<void> | null = null;
      resolve({
        url: urlFor(host, addr.port),
        host,
        port: addr.port,
        server,
        close: () => {
          closing ??= new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          });
          return closing;
        },
      });
    });
  });
}
