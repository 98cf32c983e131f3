// Query and path parameter validation for the HTTP API. Every check throws an HttpError(400) whose
// message names the parameter, what it expects and what it got, so a client can fix its request.

import { PLOVER_TYPES } from '../contract.js';
import { HttpError } from './errors.js';

const ISO3 = /^[A-Za-z]{3}$/;
/** A ledger actor code: an ISO3 country or an organisation id (NATO, UN, EU, ASEAN, IGO...). */
const ACTOR_CODE = /^[A-Za-z][A-Za-z0-9]{1,15}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CAMEO = /^\d{2,4}$/;
const PLOVER = new Set<string>(PLOVER_TYPES);

function show(v: string): string {
  return v.length > 40 ? `'${v.slice(0, 40)}…'` : `'${v}'`;
}

function present(v: string | undefined | null): v is string {
  return v !== undefined && v !== null && v !== '';
}

/** A 3-letter ISO 3166-1 alpha-3 country code, upper-cased. */
export function iso3(name: string, v: string): string;
export function iso3(name: string, v: string | undefined | null): string | undefined;
export function iso3(name: string, v: string | undefined | null): string | undefined {
  if (!present(v)) return undefined;
  if (!ISO3.test(v)) throw new HttpError(400, `${name} must be a 3-letter ISO 3166-1 alpha-3 country code (e.g. JPN), got ${show(v)}`);
  return v.toUpperCase();
}

/** An actor code as filed in the ledger: an ISO3 country or an organisation id (NATO, EU). */
export function actorCode(name: string, v: string | undefined | null): string | undefined {
  if (!present(v)) return undefined;
  if (!ACTOR_CODE.test(v)) throw new HttpError(400, `${name} must be a country code (ISO3, e.g. JPN) or an organisation code (e.g. NATO), got ${show(v)}`);
  return v.toUpperCase();
}

/** A calendar date written YYYY-MM-DD (2024-02-30 is refused). */
export function isoDate(name: string, v: string | undefined | null): string | undefined {
  if (!present(v)) return undefined;
  const m = DATE.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return v;
  }
  throw new HttpError(400, `${name} must be a date written YYYY-MM-DD, got ${show(v)}`);
}

/** An integer in [min, max]; `fallback` when absent. */
export function intRange(name: string, v: string | undefined | null, min: number, max: number, fallback: number): number {
  if (!present(v)) return fallback;
  if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new HttpError(400, `${name} must be a whole number from ${min} to ${max}, got ${show(v)}`);
  }
  return Number(v);
}

/** A positive integer id (path parameter). */
export function positiveId(name: string, v: string): number {
  if (!/^\d{1,15}$/.test(v) || Number(v) < 1) throw new HttpError(400, `${name} must be a positive whole number, got ${show(v)}`);
  return Number(v);
}

/** A PLOVER event type (any case) or a CAMEO code of 2-4 digits. */
export function eventType(name: string, v: string | undefined | null): string | undefined {
  if (!present(v)) return undefined;
  if (CAMEO.test(v)) return v;
  const up = v.toUpperCase();
  if (PLOVER.has(up)) return up;
  throw new HttpError(400, `${name} must be a PLOVER event type (${PLOVER_TYPES.join(', ')}) or a CAMEO code such as 040, got ${show(v)}`);
}

/** Free text with a length cap (topic, search words, tier names). */
export function text(name: string, v: string | undefined | null, max: number): string | undefined {
  if (!present(v)) return undefined;
  const t = v.trim();
  if (t === '') return undefined;
  if (t.length > max) throw new HttpError(400, `${name} is too long (${t.length} characters, at most ${max})`);
  return t;
}

/** A flag: 1/true/yes/on or 0/false/no/off (absent is false). */
export function flag(name: string, v: string | undefined | null): boolean {
  if (!present(v)) return false;
  const l = v.toLowerCase();
  if (l === '1' || l === 'true' || l === 'yes' || l === 'on') return true;
  if (l === '0' || l === 'false' || l === 'no' || l === 'off') return false;
  throw new HttpError(400, `${name} must be 1 or 0, got ${show(v)}`);
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(name: string, v: string | undefined | null, values: readonly T[]): T | undefined {
  if (!present(v)) return undefined;
  if ((values as readonly string[]).includes(v)) return v as T;
  throw new HttpError(400, `${name} must be one of ${values.join(', ')}, got ${show(v)}`);
}

/** since <= until when both are given. */
export function dateOrder(since: string | undefined, until: string | undefined): void {
  if (since && until && since > until) throw new HttpError(400, `since (${since}) is after until (${until})`);
}
