// `entente code` end to end through the real binary: bad inputs are reported on stderr naming the file
// (and line) while the other documents are still coded, and the exit code says that something failed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodedDocument } from '../contract.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-code-'));

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, maxBuffer: 64 << 20 });
}

test('bad inputs are named on stderr; good documents are still coded; exit code 1', () => {
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Japan and Norway agreed on Thursday to deepen cooperation, Prime Minister Fumio Kishida said in Tokyo.');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Le ministre français a rencontré son homologue.', 'latin1'));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'word '));
  const jsonl = join(dir, 'docs.jsonl');
  writeFileSync(jsonl, [
    JSON.stringify({ id: 'ok-1', text: 'China condemned the missile test by North Korea.', published: '2023-07-13' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'ok-2', text: 'The two sides held talks in Hanoi.', published: '2023-09-10' }),
  ].join('\n'));
  const r = run(['code', '--published', '2023-12-08', empty, binary, good, latin1, huge, jsonl]);
  assert.equal(r.status, 1, r.stderr);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as CodedDocument);
  assert.deepEqual(docs.map((d) => d.doc.id), [good, 'ok-1', 'ok-2']);
  assert.equal(docs[0].doc.published, '2023-12-08');
  const err = r.stderr;
  assert.match(err, new RegExp(`${empty}: empty input`));
  assert.match(err, new RegExp(`${binary}: binary data`));
  assert.match(err, new RegExp(`${latin1}: not valid UTF-8`));
  assert.match(err, new RegExp(`${huge}: document too large: 50\\.0 MB`));
  assert.match(err, new RegExp(`${jsonl}:2: malformed JSON`));
  assert.equal(err.trim().split('\n').length, 5, err);
});

test('standard input, --published, the output contract and exit code 0', () => {
  const text = 'Prime Minister Fumio Kishida of Japan met Norwegian Prime Minister Jonas Gahr Støre in Tokyo on Thursday.';
  const r = run(['code', '--published', '2023-12-08'], text);
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout) as CodedDocument;
  assert.equal(d.doc.id, '<stdin>');
  assert.deepEqual(Object.keys(d), ['doc', 'events', 'relations', 'topics', 'actors']);
  const e = d.events.find((x) => x.type === 'CONSULT');
  assert.ok(e, JSON.stringify(d.events));
  for (const k of ['type', 'mode', 'contexts', 'cameo', 'quad', 'goldstein', 'source', 'target', 'reciprocal', 'negated', 'date', 'dateText', 'dateCertain', 'location', 'evidence', 'confidence']) {
    assert.ok(k in e!, `event field ${k}`);
  }
  assert.equal(e!.date, '2023-12-07');
  assert.equal(text.slice(e!.evidence.start, e!.evidence.end), e!.evidence.text);
});

test('usage errors exit 2 with a message', () => {
  const r = run(['code', '--published', '12/08/2023']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--published expects a date as YYYY-MM-DD/);
  const u = run(['frobnicate']);
  assert.equal(u.status, 2);
  assert.match(u.stderr, /unknown command 'frobnicate'/);
});
