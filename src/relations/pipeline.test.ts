// The relations and topics components behind the real text, actors and dates components.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Doc } from '../text/doc.js';
import { segmentComponent } from '../text/component.js';
import { actorsComponent } from '../actors/component.js';
import { checkPipeline, runPipeline } from '../pipeline.js';
import { topicsComponent } from '../topics/component.js';
import { relationsComponent } from './component.js';

// Relations date their facts through dateFor, which parses the dates it needs on demand.
const COMPONENTS = [segmentComponent, actorsComponent, relationsComponent, topicsComponent];

function code(text: string, published: string): Doc {
  checkPipeline(COMPONENTS);
  return runPipeline(COMPONENTS, new Doc(text, { id: 't', published, title: null }));
}

function acceptance(doc: Doc): void {
  const tier = doc.relations.filter((r) => r.kind === 'tier');
  assert.equal(tier.length, 1, JSON.stringify(tier, null, 1));
  assert.deepEqual(tier[0].countries, ['JPN', 'NOR']);
  assert.equal(tier[0].tier, 'strategic partnership');
  assert.equal(tier[0].change, 'upgrade');
  assert.equal(tier[0].date, '2023-12-07');
  const js = doc.relations.filter((r) => r.kind === 'joint-statement');
  assert.equal(js.length, 1, JSON.stringify(js, null, 1));
  assert.deepEqual(js[0].countries, ['JPN', 'NOR']);
  assert.equal(js[0].first, true);
  assert.ok(!doc.relations.some((r) => r.tier === 'alliance'));
  const topics = doc.topics.map((t) => t.topic);
  assert.ok(topics.includes('Indo-Pacific'), topics.join(', '));
  assert.ok(topics.includes('climate change'), topics.join(', '));
  for (const r of doc.relations) assert.equal(r.evidence.text, doc.text.slice(r.evidence.start, r.evidence.end));
}

// Our own paraphrase of the founding article (Tokyo, Thursday 7 December 2023).
const PARAPHRASE = `Japan's Prime Minister Fumio Kishida and Norwegian Prime Minister Jonas Gahr Stoere decided on Thursday to lift relations between their two countries to a Strategic Partnership, meeting at the Prime Minister's Office in Tokyo.

The two prime ministers also released the first-ever joint statement between Japan and Norway. Kishida said the statement would anchor a new framework for cooperation and a sturdier alliance.

Both leaders backed a free and open Indo-Pacific and agreed to speak frankly with China about their concerns.

They pledged to work together against climate change and for sustainable development, and to deepen their partnership across many sectors.`;

test('paraphrase of the founding article through segment, actors, relations (dated on demand) and topics', () => {
  acceptance(code(PARAPHRASE, '2023-12-07'));
});

test('the founding article itself (skips without ../shared)', (t) => {
  const path = new URL('../../../shared/fixtures/seed/japan-norway.txt', import.meta.url);
  if (!existsSync(path)) { t.skip('../shared absent'); return; }
  acceptance(code(readFileSync(path, 'utf8'), '2023-12-07'));
});

test('Viet Nam and the United States: elevation to a comprehensive strategic partnership, dated from the text', () => {
  const doc = code('HANOI, Sept. 10 (Reuters) - President Joe Biden and Vietnamese leader Nguyen Phu Trong elevated relations between the United States and Vietnam to a Comprehensive Strategic Partnership on Sunday.', '2023-09-10');
  const tier = doc.relations.filter((r) => r.kind === 'tier');
  assert.equal(tier.length, 1, JSON.stringify(doc.relations));
  assert.deepEqual(tier[0].countries, ['USA', 'VNM']);
  assert.equal(tier[0].tier, 'comprehensive strategic partnership');
  assert.equal(tier[0].rank, 9);
  assert.equal(tier[0].change, 'upgrade');
  assert.equal(tier[0].date, '2023-09-10');
});
