import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc.js';
import { segment } from './segment.js';

function sentences(text: string): string[] {
  const doc = new Doc(text, { id: 't', published: null, title: null });
  segment(doc);
  return doc.sentStart.map((s, i) => text.slice(s, doc.sentEnd[i]));
}

test('splits on terminal punctuation before a capital', () => {
  assert.deepEqual(sentences('Japan and Norway met. They agreed on a plan! Was it new? Yes.'),
    ['Japan and Norway met.', 'They agreed on a plan!', 'Was it new?', 'Yes.']);
});

test('keeps titles, initials and U.S. inside a sentence', () => {
  assert.deepEqual(sentences('Mr. Blinken met Gen. Austin and Jonas G. Store in the U.S. capital on Jan. 5. Talks ended.'),
    ['Mr. Blinken met Gen. Austin and Jonas G. Store in the U.S. capital on Jan. 5.', 'Talks ended.']);
});

test('closing quotes stay with their sentence', () => {
  assert.deepEqual(sentences('"We will respond," he said. "Soon."'), ['"We will respond," he said.', '"Soon."']);
});

test('blank lines and headings end sentences; offsets index the original text', () => {
  const text = 'Readout of the Meeting\nThe President met the Prime Minister today.\n\nThey discussed trade';
  const doc = new Doc(text, { id: 't', published: null, title: null });
  segment(doc);
  const got = doc.sentStart.map((s, i) => text.slice(s, doc.sentEnd[i]));
  assert.deepEqual(got, ['Readout of the Meeting', 'The President met the Prime Minister today.', 'They discussed trade']);
  assert.equal(doc.candidate.length, 3);
  assert.equal(doc.sentenceAt(text.indexOf('discussed')), 2);
});

test('lower-case continuation after a period does not split', () => {
  assert.deepEqual(sentences('Prices rose 3.5 percent. talks continue'), ['Prices rose 3.5 percent. talks continue']);
});

test('hard-wrapped lines join; list items and short headings still split', () => {
  const text = 'WASHINGTON – The President will visit New\nLondon on Wednesday to meet students from Columbia\nUniversity and talk about trade policy with them.\n\nNominees\n- Ann Carlson, Nominee for Administrator of the\n    National Highway Traffic Safety Administration\n- Mike Sfraga, Nominee for Ambassador';
  assert.deepEqual(sentences(text), [
    'WASHINGTON – The President will visit New\nLondon on Wednesday to meet students from Columbia\nUniversity and talk about trade policy with them.',
    'Nominees',
    '- Ann Carlson, Nominee for Administrator of the\n    National Highway Traffic Safety Administration',
    '- Mike Sfraga, Nominee for Ambassador',
  ]);
});
