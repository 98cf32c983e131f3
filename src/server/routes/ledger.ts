// Read routes over the ledger: health, stats, dyad cards, events, mentions, actors, partnerships and
// the countries seen (for pickers). Every parameter is validated before the store is asked.

import { Hono } from 'hono';
import type { LedgerStore, EventRow, EventMentionRow } from '../../ledger/store.js';
import { HttpError } from '../errors.js';
import { actorCode, dateOrder, eventType, flag, intRange, iso3, isoDate, positiveId, text } from '../params.js';
import { countryName } from '../countries.js';

export interface LedgerRouteOptions {
  version: string;
  /** Largest `limit` a client may ask for. */
  maxLimit: number;
  /** Rows returned when `limit` is absent. */
  defaultLimit: number;
  /** How long the countries list is cached, ms (the ledger may grow under a running server). */
  countriesTtlMs: number;
}

export interface CountrySeen {
  code: string;
  name: string | null;
  /** Actor mentions filed under this country. */
  mentions: number;
}

/** Countries in the ledger: from actors (by mentions) and from partnership facts. */
export function countriesSeen(store: LedgerStore): CountrySeen[] {
  const counts = new Map<string, number>();
  for (const a of store.actors({ limit: 100000 })) {
    if (a.country && /^[A-Z]{3}$/.test(a.country)) counts.set(a.country, (counts.get(a.country) ?? 0) + a.mentions);
  }
  for (const r of store.partnerships({})) {
    for (const c of r.countries) if (/^[A-Z]{3}$/.test(c) && !counts.has(c)) counts.set(c, 0);
  }
  return [...counts].map(([code, mentions]) => ({ code, name: countryName(code), mentions }))
    .sort((x, y) => y.mentions - x.mentions || x.code.localeCompare(y.code));
}

export function ledgerRoutes(store: LedgerStore, o: LedgerRouteOptions): Hono {
  const api = new Hono();
  let countries: { at: number; list: CountrySeen[] } | null = null;

  api.get('/health', (c) => {
    try {
      return c.json({ ok: true, version: o.version, stats: store.stats() });
    } catch (e) {
      return c.json({ ok: false, version: o.version, error: (e as Error).message }, 503);
    }
  });

  api.get('/stats', (c) => c.json(store.stats()));

  api.get('/countries', (c) => {
    const now = Date.now();
    if (countries === null || now - countries.at > o.countriesTtlMs) countries = { at: now, list: countriesSeen(store) };
    return c.json(countries.list);
  });

  api.get('/dyad/:a/:b', (c) => {
    const a = iso3('a', c.req.param('a'));
    const b = iso3('b', c.req.param('b'));
    if (a === b) throw new HttpError(400, `a dyad needs two different countries, got ${a} twice`);
    return c.json(store.dyad(a, b));
  });

  api.get('/events', (c) => {
    const q = (k: string) => c.req.query(k);
    const since = isoDate('since', q('since'));
    const until = isoDate('until', q('until'));
    dateOrder(since, until);
    const filter = {
      actor: actorCode('actor', q('actor')),
      target: actorCode('target', q('target')),
      type: eventType('type', q('type')),
      since,
      until,
      topic: text('topic', q('topic'), 200),
      search: text('search', q('search'), 500),
      limit: intRange('limit', q('limit'), 1, o.maxLimit, o.defaultLimit),
    };
    const withMentions = flag('mentions', q('mentions'));
    const rows: EventRow[] = store.events(filter);
    if (withMentions) for (const r of rows) r.mentions = store.eventMentions(r.id);
    return c.json(rows);
  });

  api.get('/events/:id/mentions', (c) => {
    const id = positiveId('id', c.req.param('id'));
    const rows: EventMentionRow[] = store.eventMentions(id);
    if (rows.length === 0) throw new HttpError(404, `no event ${id} in the ledger`);
    return c.json(rows);
  });

  api.get('/actors', (c) => {
    const country = iso3('country', c.req.query('country'));
    const limit = intRange('limit', c.req.query('limit'), 1, o.maxLimit, 100);
    return c.json(store.actors({ country, limit }));
  });

  api.get('/partnerships', (c) => {
    const tier = text('tier', c.req.query('tier'), 100);
    const country = iso3('country', c.req.query('country'));
    return c.json(store.partnerships({ tier, country }));
  });

  return api;
}
