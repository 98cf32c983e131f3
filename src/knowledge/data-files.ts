// Locating and reading the versioned data files. Built-in data lives in `data/` at the package root;
// users extend it with extra folders (`--data DIR` or ENTENTE_DATA=dir1:dir2) laid out the same way:
// every `*.json` file in `<dir>/<topic>/` is read, built-in files first, so user entries come last and
// win where a consumer keeps the last definition.

import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own data folder (works from src/ via tsx and from dist/). */
export const BUILTIN_DATA_DIR = resolve(fileURLToPath(new URL('../../data', import.meta.url)));

let extraDirs: string[] = (process.env.ENTENTE_DATA ?? '').split(':').filter(Boolean);

/** Add user data folders (each laid out like data/). Call before the knowledge is first compiled. */
export function setExtraDataDirs(dirs: string[]): void {
  extraDirs = dirs.map((d) => resolve(d));
}

export function dataDirs(): string[] {
  return [BUILTIN_DATA_DIR, ...extraDirs];
}

export interface DataFile<T> {
  path: string;
  json: T;
}

/** Every JSON file of a topic folder (e.g. 'leaders'), built-in first, each folder's files sorted by name. */
export function readTopic<T>(topic: string): DataFile<T>[] {
  const out: DataFile<T>[] = [];
  for (const dir of dataDirs()) {
    const folder = join(dir, topic);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.json')) continue;
      const path = join(folder, name);
      let json: T;
      try {
        json = JSON.parse(readFileSync(path, 'utf8')) as T;
      } catch (e) {
        throw new Error(`data file ${path} is not valid JSON: ${(e as Error).message}`);
      }
      out.push({ path, json });
    }
  }
  return out;
}

/** One named JSON file of a topic folder; user folders override the built-in file of the same name. */
export function readDataFile<T>(topic: string, name: string): T {
  let found: string | null = null;
  for (const dir of dataDirs()) {
    const path = join(dir, topic, name);
    if (existsSync(path)) found = path;
  }
  if (found === null) throw new Error(`data file ${topic}/${name} not found in ${dataDirs().join(', ')}`);
  try {
    return JSON.parse(readFileSync(found, 'utf8')) as T;
  } catch (e) {
    throw new Error(`data file ${found} is not valid JSON: ${(e as Error).message}`);
  }
}
