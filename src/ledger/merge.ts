// Rules for merging duplicate reports of one real-world event (GDELT counts exact matches; entente
// clusters): same event type, same dyad (unordered for reciprocal events), dates within one day, and
// compatible locations (either unknown, or the same country and the same place name when both are named).

import type { ActorRef, CodedEvent } from '../contract.js';

/** The code an actor is filed under in the ledger: its country, else its organisation, else its entity code. */
export function actorCode(a: ActorRef | null): string | null {
  if (a === null) return null;
  return a.country ?? a.org ?? a.code ?? null;
}

/** The dyad key: "A~B" (sorted) for reciprocal events, "A>B" for directed ones, "A>-" without target. */
export function dyadKey(source: string, target: string | null, reciprocal: boolean): string {
  if (target === null) return `${source}>-`;
  if (reciprocal) return source < target ? `${source}~${target}` : `${target}~${source}`;
  return `${source}>${target}`;
}

/** The dyad keys under which events between two countries are filed. */
export function pairKeys(a: string, b: string): string[] {
  return [dyadKey(a, b, true), dyadKey(a, b, false), dyadKey(b, a, false)];
}

export interface LocationLike {
  name: string | null;
  country: string | null;
}

export function locationsCompatible(a: LocationLike, b: LocationLike): boolean {
  if (a.name === null && a.country === null) return true;
  if (b.name === null && b.country === null) return true;
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  if (a.name !== null && b.name !== null && a.name.toLowerCase() !== b.name.toLowerCase()) return false;
  return true;
}

/** The day an event is filed under: its own date, else the document's publication date. */
export function eventDay(e: CodedEvent, published: string | null): string | null {
  return e.date ?? published;
}
