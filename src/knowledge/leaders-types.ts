// The shape of a data/leaders/*.json file (read by the actor lexicon and checked by the data tests).

export interface LeaderRole {
  role: string;
  kind: string;
  start: string;
  end: string | null;
  approx?: boolean;
  acting?: boolean;
  /** The local title ("Taoiseach", "Premier"). */
  title?: string;
  /** The institution, for IGO roles ("European Commission"). */
  body?: string;
  note?: string;
}

export interface LeaderPerson {
  name: string;
  aliases: string[];
  country: string | null;
  org?: string;
  roles: LeaderRole[];
}

export interface LeaderFile {
  version: number;
  people: LeaderPerson[];
}
