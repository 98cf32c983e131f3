// A place expression ("in Tokyo", "at the Prime Minister's Office in Tokyo") resolved with the gazetteer.

/** The word that introduced the place: a preposition or visit verb (lower case), or 'dateline'. */
export type PlaceCue = 'in' | 'at' | 'near' | 'outside' | 'inside' | 'visit' | 'to' | 'from' | 'dateline';

export interface PlaceMention {
  start: number;
  end: number;
  sentence: number;
  /** The words, cue included ("in Tokyo", "in Tokyo, Japan", "TOKYO" for a dateline). */
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  /** 'city' from the gazetteer or the curated aliases; 'country' for "in Japan" and 'region' for
   *  "in Florida" (no coordinates). */
  kind?: 'city' | 'country' | 'region';
  cue?: PlaceCue;
  /** Start of the place name itself (after the cue). */
  nameStart?: number;
}
