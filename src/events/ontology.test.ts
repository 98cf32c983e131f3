import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLOVER_TYPES } from '../contract.js';
import { ontology } from './ontology.js';
import { grammar } from './grammar.js';

const CODEBOOKS = resolve(fileURLToPath(new URL('../../../shared/gold/codebooks', import.meta.url)));

test('CAMEO lookups: name, Goldstein score, quad and PLOVER type', () => {
  const o = ontology();
  const consult = o.cameo('040')!;
  assert.equal(consult.plover, 'CONSULT');
  assert.equal(consult.quad, 'verbal-cooperation');
  assert.equal(consult.goldstein, 1);
  const force = o.cameo('190')!;
  assert.equal(force.plover, 'ASSAULT');
  assert.equal(force.quad, 'material-conflict');
  assert.equal(force.goldstein, -10);
  assert.equal(o.ploverOf('163'), 'SANCTION');
  assert.equal(o.ploverOf('0874'), 'RETREAT');
  assert.equal(o.ploverOf('1123'), 'ACCUSE');
  assert.equal(o.ploverOf('010'), null, 'statements have no PLOVER type');
  assert.equal(o.ploverOf('0241'), 'REQUEST', 'appeals are requests');
  assert.equal(o.cameo('9999'), undefined);
});

test('quad class follows the CAMEO root; every PLOVER type has a default code of its own type', () => {
  const o = ontology();
  for (const c of o.codes) {
    const root = Number(c.code.slice(0, 2));
    const want = root <= 5 ? 'verbal-cooperation' : root <= 8 ? 'material-cooperation' : root <= 13 ? 'verbal-conflict' : 'material-conflict';
    assert.equal(c.quad, want, c.code);
    for (const x of c.contexts) assert.ok(o.contexts.has(x), `${c.code}: context ${x}`);
  }
  for (const t of PLOVER_TYPES) assert.equal(o.ploverOf(o.plover(t).cameo), t, t);
  assert.ok(o.codes.length > 300);
});

test('recoding frames: agreeing to meet, threatening sanctions, future retreat', () => {
  const g = grammar();
  assert.deepEqual(g.compose('AGREE', '042', 'CONSULT'), { type: 'AGREE', cameo: '036' });
  assert.deepEqual(g.compose('THREATEN', '163', 'SANCTION'), { type: 'THREATEN', cameo: '1312' });
  assert.deepEqual(g.compose('FUTURE', '0874', 'RETREAT'), { type: 'AGREE', cameo: '0356' });
  assert.equal(g.compose('FUTURE', '111', 'ACCUSE'), undefined, 'verbal conflict keeps its type in the future');
});

test('Goldstein scores agree with the CAMEO codebook', { skip: !existsSync(resolve(CODEBOOKS, 'cameo-codes.csv')) }, () => {
  const o = ontology();
  const lines = readFileSync(resolve(CODEBOOKS, 'cameo-codes.csv'), 'utf8').split('\n').slice(1);
  let n = 0;
  for (const l of lines) {
    const m = /^"\d+",\d+,"[^"]*","(\d+)",(-?[\d.]+),/.exec(l);
    if (!m) continue;
    const e = o.cameo(m[1]);
    assert.ok(e && e.code === m[1], `code ${m[1]} missing`);
    assert.equal(e.goldstein, Number(m[2]), `Goldstein of ${m[1]}`);
    n++;
  }
  assert.ok(n > 300);
});
