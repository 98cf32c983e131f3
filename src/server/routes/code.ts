// POST /api/code: code a pasted text into a CodedDocument without storing it. The body is JSON
// `{text, published?, title?, id?, url?, source?}` or plain text (metadata then from the query string).

import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Coder, DocInput } from '../../coder.js';
import { HttpError } from '../errors.js';
import { isoDate, text } from '../params.js';

export interface CodeRouteOptions {
  /** The coder, or a factory called once on the first request (building the pipeline takes a moment). */
  coder: Coder | (() => Coder) | null;
  /** Largest accepted body, bytes. */
  maxBodyBytes: number;
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(n / 1024)} kB`;
}

function field(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new HttpError(400, `${name} must be a string`);
  return v;
}

function docInput(meta: (name: string) => string | undefined, body: string): DocInput {
  if (body.trim() === '') throw new HttpError(400, 'text is empty: send the text to code');
  return {
    id: text('id', meta('id'), 200) ?? 'pasted',
    text: body,
    published: isoDate('published', meta('published')) ?? null,
    title: text('title', meta('title'), 1000) ?? null,
    url: text('url', meta('url'), 2000) ?? null,
    source: text('source', meta('source'), 200) ?? null,
  };
}

export function codeRoutes(o: CodeRouteOptions): Hono {
  const api = new Hono();
  let coder: Coder | null = o.coder === null || typeof o.coder === 'function' ? null : o.coder;
  const getCoder = (): Coder => {
    if (coder === null) {
      if (typeof o.coder !== 'function') throw new HttpError(501, 'coding is not enabled on this server');
      try {
        coder = o.coder();
      } catch (e) {
        throw new HttpError(500, `the coder could not start: ${(e as Error).message}`);
      }
    }
    return coder;
  };

  api.post(
    '/code',
    bodyLimit({
      maxSize: o.maxBodyBytes,
      onError: (c) => c.json({ error: `the text is too large: at most ${megabytes(o.maxBodyBytes)} per request; split it into smaller documents` }, 413),
    }),
    async (c) => {
      const type = (c.req.header('Content-Type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
      let input: DocInput;
      if (type === 'application/json') {
        let body: unknown;
        try {
          body = await c.req.json();
        } catch {
          throw new HttpError(400, 'the body is not valid JSON; send {"text": "..."} or plain text');
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'the JSON body must be an object with a "text" field');
        const b = body as Record<string, unknown>;
        const t = field(b, 'text');
        if (t === undefined) throw new HttpError(400, 'the JSON body needs a "text" field');
        input = docInput((k) => field(b, k), t);
      } else if (type === 'text/plain' || type === '') {
        input = docInput((k) => c.req.query(k), await c.req.text());
      } else {
        throw new HttpError(415, `unsupported Content-Type '${type}': send application/json or text/plain`);
      }
      const cd = getCoder();
      try {
        return c.json(cd.code(input));
      } catch (e) {
        throw new HttpError(500, `coding failed: ${(e as Error).message}`);
      }
    },
  );

  return api;
}
