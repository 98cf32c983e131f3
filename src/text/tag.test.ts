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
