// An actor mention: a span of the document resolved (fully or partly) to a country, sector, person or
// organisation. Mentions are produced by the actor recognisers in document order and read by events/.

import type { Provenance } from '../contract.js';

export type MentionKind =
  | 'country'    // "Japan", "Viet Nam", "U.S."
  | 'demonym'    // "Norwegian", "Japanese officials"
  | 'metonym'    // "Tokyo said", "the Kremlin"
  | 'person'     // "Prime Minister Fumio Kishida", "Kishida"
  | 'org'        // "NATO", "the United Nations", "Hamas"
  | 'sector'     // "protesters", "soldiers" (country may come from a modifier or be unknown)
  | 'group'      // "the two countries", "both sides", "the leaders": several actors already in play
  | 'pronoun';   // "he", "they" resolved to an actor in play (certain: false)

export interface Mention {
  start: number;
  end: number;
  sentence: number;
  kind: MentionKind;
  /** ISO3 (or KOS etc.), null when unknown or an international organisation. */
  country: string | null;
  sector: string | null;
  /** Canonical person name. */
  name: string | null;
  role: string | null;
  /** Organisation id from data/actors/organisations.json. */
  org: string | null;
  /** PLOVER entity code: ISO3 or IGO/UNO/EUR/NGO/ISM/IMG/MNC. */
  code: string | null;
  /** Country/sector stated by the words of the mention itself (assign) rather than inferred (imply). */
  certain: boolean;
  provenance: Provenance;
  /** For 'group' mentions: the actors referred to (each a resolved mention elsewhere in the document). */
  members?: Mention[];
  /** Head word is a modifier of a following noun ("Japanese officials", "U.S. sanctions"). */
  modifier?: boolean;
  /** The mention is followed by a possessive 's ("China's", "Israelis'"). */
  possessive?: boolean;
  /** "I" / "we" of a statement, standing for the speaker its title names (actors/speaker.ts). */
  firstPerson?: boolean;
}
