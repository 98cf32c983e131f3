import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLOVER_TYPES } from '../contract.js';
import { verbForms, nounForms } from './inflect.js';
import { compilePatterns, patterns } from './patterns.js';
import { ontology } from './ontology.js';
import { hasTriggerWord, markCandidates } from './candidates.js';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';

test('inflections are generated from the lemma', () => {
  assert.ok(verbForms('meet').includes('met'));
  assert.ok(verbForms('shell').includes('shelled') && verbForms('shell').includes('shelling'));
  assert.ok(verbForms('stop').includes('stopped'));
  assert.ok(verbForms('agree').includes('agreed') && verbForms('agree').includes('agreeing'));
  assert.ok(verbForms('apply').includes('applied') && verbForms('apply').includes('applies'));
  assert.ok(verbForms('criticise').includes('criticized'), 'British and American spellings');
  assert.ok(nounForms('sanction').includes('sanctions'));
  assert.ok(nounForms('crisis').includes('crises'));
});

test('the pattern set covers all 16 PLOVER types with valid codes', () => {
  const ps = patterns();
  assert.ok(ps.all.length > 300, `${ps.all.length} patterns`);
  const types = new Set(ps.all.map((p) => p.type));
  for (const t of PLOVER_TYPES) assert.ok(types.has(t), `no pattern for ${t}`);
  const o = ontology();
  for (const p of ps.all) assert.ok(o.cameo(p.cameo), `${p.id}: ${p.cameo}`);
  for (const f of ['met', 'shelled', 'imposed', 'condemns', 'talks', 'urging']) assert.ok(ps.headForms.has(f), f);
  assert.equal(ps.headForms.has('weather'), false);
});

test('pattern files are checked when compiled', () => {
  assert.throws(() => compilePatterns([{ path: 'x.json', json: { type: 'NOPE', patterns: [] } }]), /unknown PLOVER type/);
  assert.throws(() => compilePatterns([{ path: 'x.json', json: { type: 'AGREE', patterns: [{ t: 'agree', c: '999' }] } }]), /unknown CAMEO/);
  const ps = compilePatterns([{ path: 'x.json', json: { type: 'CONSULT', patterns: [{ t: 'confer with', to: 'with', recip: true }] } }]);
  assert.equal(ps.all[0].cameo, '040');
  assert.equal(ps.all[0].recip, true);
  assert.ok(ps.byHead.has('confer'));
  assert.deepEqual(ps.formLemmas.get('conferred'), ['confer']);
  const keyed = compilePatterns([{ path: 'x.json', json: { type: 'CONSULT', patterns: [{ t: 'confer with' }] } }], new Set(['with']));
  assert.ok(keyed.headForms.has('conferred') && !keyed.headForms.has('with'), 'frequent words are not candidate keys');
});

test('the candidate filter scans raw text for trigger forms', () => {
  const trie = patterns().headForms;
  const t = 'Officials MET in Oslo; test-fired missiles.';
  assert.equal(hasTriggerWord(t, 0, 14, trie), true, 'case-insensitive');
  assert.equal(hasTriggerWord('The weather in Oslo was mild.', 0, 29, trie), false);
  assert.equal(hasTriggerWord('metropolitan areas', 0, 18, trie), false, 'whole words only');
  const doc = new Doc('Japan condemned the test. Japan is an island nation. The talks ended.', { id: 't', published: null, title: null });
  segment(doc);
  doc.mentions = [
    { start: 0, end: 5, sentence: 0, kind: 'country', country: 'JPN', sector: null, name: null, role: null, org: null, code: 'JPN', certain: true, provenance: 'stated' },
    { start: 26, end: 31, sentence: 1, kind: 'country', country: 'JPN', sector: null, name: null, role: null, org: null, code: 'JPN', certain: true, provenance: 'stated' },
  ];
  markCandidates(doc);
  assert.deepEqual([...doc.candidate], [1, 0, 0], 'needs an actor and a trigger');
  // A table row run on for thousands of characters is not a sentence, whatever it holds.
  const table = `Japan condemned the test.\n\n${'<td>Japan condemned</td>\n'.repeat(200)}`;
  const big = new Doc(table, { id: 't', published: null, title: null });
  segment(big);
  big.mentions = [0, ...[...table.matchAll(/<td>Japan/g)].map((m) => m.index + 4)].map((start) => (
    { start, end: start + 5, sentence: 0, kind: 'country' as const, country: 'JPN', sector: null, name: null, role: null, org: null, code: 'JPN', certain: true, provenance: 'stated' as const }));
  markCandidates(big);
  assert.equal(big.sentenceCount, 2);
  assert.deepEqual([...big.candidate], [1, 0], 'over-long spans are not tagged');
});
