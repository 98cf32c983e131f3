// A place expression ("in Tokyo", "at the Prime Minister's Office in Tokyo") resolved with the gazetteer.

export interface PlaceMention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
}
