// Crash safety and idempotence of `entente ingest`, end to end through the CLI: a child process is
// killed with SIGKILL midway, re-run, and the ledger must equal an uninterrupted run's, table by table.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-crash-'));

// A corpus of a few hundred documents made from the bundled sample (ids made unique per copy).
function corpus(): string {
  const lines = readFileSync(join(root, 'samples', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  for (let copy = 0; copy < 20; copy++) {
    for (const l of lines) {
      const r = JSON.parse(l);
      out.push(JSON.stringify({ ...r, id: `${r.id}-copy${copy}`, text: copy === 0 ? r.text : `${r.text}\n\nCopy ${copy}.` }));
    }
  }
  const f = join(dir, 'corpus.jsonl');
  writeFileSync(f, out.join('\n') + '\n');
  return f;
}

/** Row count and a content hash of every table (ingestion timestamps excluded). */
function snapshot(db: string): Record<string, { rows: number; hash: string }> {
  const d = new Database(db, { readonly: true });
  const tables = (d.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'mention_fts_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const t of tables) {
    const rows = d.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[];
    const canon = rows.map((r) => {
      const { ingested_at: _ignored, ...rest } = r;
      return JSON.stringify(rest);
    }).sort();
    out[t] = { rows: rows.length, hash: createHash('sha1').update(canon.join('\n')).digest('hex') };
  }
  d.close();
  return out;
}

function ingest(db: string, file: string) {
  return spawnSync(process.execPath, [bin, 'ingest', '--quiet', '--batch-size', '20', '--db', db, file], { encoding: 'utf8' });
}

test('killed midway and re-run, the ledger equals an uninterrupted run; re-running adds nothing', { timeout: 240_000 }, async () => {
  const file = corpus();
  const clean = join(dir, 'clean.db');
  const r = ingest(clean, file);
  assert.equal(r.status, 0, r.stderr);
  const expected = snapshot(clean);
  assert.ok(expected.documents.rows === 400, `400 documents stored, got ${expected.documents.rows}`);

  // Re-running the same ingest adds zero rows and changes nothing.
  assert.equal(ingest(clean, file).status, 0);
  assert.deepEqual(snapshot(clean), expected);

  // Kill a second run with SIGKILL once some (not all) batches are committed.
  const crashed = join(dir, 'crashed.db');
  const child = spawn(process.execPath, [bin, 'ingest', '--quiet', '--batch-size', '20', '--db', crashed, file], { stdio: 'ignore' });
  const exited = new Promise<void>((res) => child.on('exit', () => res()));
  let stored = 0;
  for (let i = 0; i < 600 && stored < 40; i++) {
    await new Promise((res) => setTimeout(res, 25));
    if (!existsSync(crashed)) continue;
    try {
      const d = new Database(crashed, { readonly: true, timeout: 1000 });
      stored = (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      d.close();
    } catch {
      // schema not there yet
    }
  }
  child.kill('SIGKILL');
  await exited;
  const partial = snapshot(crashed).documents.rows;
  assert.ok(partial > 0 && partial < 400, `killed midway (stored ${partial} of 400)`);
  assert.equal(partial % 20, 0, 'only whole batches are ever stored');

  assert.equal(ingest(crashed, file).status, 0);
  assert.deepEqual(snapshot(crashed), expected);
});
