import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import { topicsComponent, contextsForSpan, documentTopics } from './component.js';
import { buildTopicKnowledge, topicKnowledge } from './knowledge.js';

function doc(text: string): Doc {
  const d = new Doc(text, { id: 't', published: null, title: null });
  segment(d);
  return d;
}

// A paraphrase of the founding article's themes.
const TEXT = `Japan and Norway upgraded their ties on Thursday.

The leaders pledged to uphold a free and open Indo-Pacific and voiced concerns about China.

They also discussed climate change, sustainable development and a green and resilient future, and agreed that climate action must speed up.`;

test('founding-article themes: Indo-Pacific and climate change, with first-mention evidence and counts', () => {
  const d = doc(TEXT);
  topicsComponent.run(d);
  const byTopic = new Map(d.topics.map((t) => [t.topic, t]));
  const ip = byTopic.get('Indo-Pacific');
  const cc = byTopic.get('climate change');
  assert.ok(ip && cc, JSON.stringify(d.topics.map((t) => t.topic)));
  assert.equal(ip.kind, 'issue');
  assert.equal(ip.evidence.sentence, 1);
  assert.equal(ip.evidence.text, d.sentenceText(1));
  assert.equal(cc.mentions, 2);
  assert.equal(cc.evidence.sentence, 2);
  assert.ok(byTopic.has('sustainable development'));
  // Issues bring their PLOVER context; contexts come after issues.
  const env = byTopic.get('environment');
  assert.equal(env?.kind, 'context');
  const firstContext = d.topics.findIndex((t) => t.kind === 'context');
  assert.ok(d.topics.slice(firstContext).every((t) => t.kind === 'context'));
});

test('contextsForSpan: contexts of the words in a span, in order, without repeats', () => {
  const text = 'The navy held drills near the border. Ministers discussed tariffs and trade, then vaccines.';
  const d = doc(text);
  assert.deepEqual(contextsForSpan(d, 0, text.indexOf('.')), ['military', 'territory']);
  const s2 = text.indexOf('Ministers');
  assert.deepEqual(contextsForSpan(d, s2, text.length), ['economic', 'health']);
  assert.deepEqual(contextsForSpan(d, 0, 3), []);
});

test('case-sensitive cues: "who" is not the WHO', () => {
  const a = documentTopics(doc('Those who came were thanked.'));
  assert.ok(!a.some((t) => t.topic === 'health'));
  const b = documentTopics(doc('The WHO warned of a new outbreak.'));
  assert.ok(b.some((t) => t.topic === 'health'));
});

test('every issue names a known PLOVER context; the PLOVER list is complete', () => {
  const k = topicKnowledge();
  const contexts = k.topics.filter((t) => t.kind === 'context').map((t) => t.id);
  assert.equal(contexts.length, 37);
  for (const c of ['military', 'diplomatic', 'economic', 'environment', 'cbrn', 'cyber', 'misinformation', 'trafficking']) assert.ok(contexts.includes(c), c);
  for (const t of k.topics) if (t.kind === 'issue') assert.ok(t.context >= 0, t.id);
  assert.equal(k.topics[k.contextByName.get('refugee')!].id, 'migration');
});

test('user data extends a built-in issue and rejects unknown contexts', () => {
  const k = buildTopicKnowledge([
    { path: 'a.json', json: { version: 1, contexts: [{ id: 'environment', cues: ['pollution'] }], issues: [{ id: 'Arctic', context: 'environment', phrases: ['Arctic'] }] } },
    { path: 'b.json', json: { issues: [{ id: 'Arctic', phrases: ['High North'] }] } },
  ]);
  const hits: string[] = [];
  const text = 'Security in the High North.';
  k.matcher.scan(text, 0, text.length, (v) => hits.push(v.map((i) => k.topics[i].id).join('+')));
  assert.deepEqual(hits, ['Arctic+environment']);
  assert.throws(() => buildTopicKnowledge([{ path: 'c.json', json: { issues: [{ id: 'X', context: 'nope', phrases: ['x'] }] } }]), /unknown context/);
});

test('White House statements: topics are found in most documents (skips without ../shared)', (t) => {
  const path = new URL('../../../shared/corpus/whitehouse/statements-releases-2023.jsonl', import.meta.url);
  if (!existsSync(path)) { t.skip('../shared absent'); return; }
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, 400);
  const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  let found = 0;
  for (const text of texts) {
    const d = new Doc(text, { id: 'x', published: null, title: null });
    d.sentStart.push(0); d.sentEnd.push(text.length); d.sentTokFrom.push(-1); d.sentTokTo.push(-1);
    found += documentTopics(d).length;
  }
  // Speed is measured by bench/topics.mjs, never asserted in tests.
  assert.ok(found > texts.length, `${found} topics in ${texts.length} documents`);
});
