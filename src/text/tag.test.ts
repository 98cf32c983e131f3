import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc.js';
import { segment } from './segment.js';
import { tagSentence } from './tag.js';
import { Pos } from './pos.js';

test('tokens keep exact offsets into the document text, with POS and lemma', () => {
  const text = 'Intro line here.  Prime Minister Jonas Gahr Støre didn’t meet U.S. officials in Tokyo—on Thursday.';
  const doc = new Doc(text, { id: 't', published: null, title: null });
  segment(doc);
  assert.equal(doc.sentenceCount, 2);
  const [from, to] = tagSentence(doc, 1);
  assert.ok(to - from > 10);
  for (let t = from; t < to; t++) {
    assert.equal(doc.tokenText(t).toLowerCase(), doc.tokLower[t]);
    assert.ok(doc.tokStart[t] >= doc.sentStart[1] && doc.tokEnd[t] <= doc.sentEnd[1]);
  }
  const meet = doc.tokLower.indexOf('meet');
  assert.equal(doc.tokPos[meet], Pos.VERB);
  const met = doc.tokLemma.indexOf('official');
  assert.ok(met > 0, 'plural noun lemmatised');
  assert.equal(doc.tokenText(doc.tokLower.indexOf('støre')), 'Støre');
  assert.equal(doc.isTagged(0), false, 'only the requested sentence is tagged');
  assert.deepEqual(tagSentence(doc, 1), [from, to], 'tagging twice is a no-op');
});

test('several sentences tagged in one call keep their own token ranges and offsets', async () => {
  const { tagSentences } = await import('./tag.js');
  const text = 'Japan met Norway.  Nothing here. The U.S. condemned Russia’s strikes on Kyiv!\nTalks ended.';
  const doc = new Doc(text, { id: 't', published: null, title: null });
  segment(doc);
  assert.equal(doc.sentenceCount, 4);
  tagSentences(doc, [2, 0]);
  assert.equal(doc.isTagged(1), false);
  assert.equal(doc.isTagged(3), false);
  for (const i of [0, 2]) {
    const from = doc.sentTokFrom[i];
    const to = doc.sentTokTo[i];
    assert.ok(to > from);
    for (let t = from; t < to; t++) {
      assert.ok(doc.tokStart[t] >= doc.sentStart[i] && doc.tokEnd[t] <= doc.sentEnd[i]);
      assert.equal(doc.tokenText(t).toLowerCase(), doc.tokLower[t]);
    }
  }
  assert.deepEqual(Array.from({ length: doc.sentTokTo[0] - doc.sentTokFrom[0] }, (_, k) => doc.tokenText(doc.sentTokFrom[0] + k)), ['Japan', 'met', 'Norway', '.']);
  assert.equal(doc.tokenText(doc.sentTokTo[2] - 1), '!');
  assert.equal(doc.tokLemma[doc.tokLower.indexOf('condemned')], 'condemn');
});
