import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import { dateFor, isHistory } from './attach.js';

function doc(text: string, published: string | null): Doc {
  const d = new Doc(text, { id: 't', published, title: null });
  segment(d);
  return d;
}

test('same sentence: the mention, its certainty', () => {
  const d = doc('The leaders met on December 7, 2023 in Tokyo.', '2023-12-08');
  assert.deepEqual(dateFor(d, 0), { date: '2023-12-07', dateText: 'December 7, 2023', dateCertain: true });
  const e = doc('The leaders met in Tokyo on Thursday.', '2023-12-08');
  assert.deepEqual(dateFor(e, 0), { date: '2023-12-07', dateText: 'on Thursday', dateCertain: false });
});

test('same sentence: a day beats a year; `at` picks the nearest among equals', () => {
  const d = doc('The partnership set up in 2019 was upgraded on Thursday.', '2023-12-08');
  assert.equal(dateFor(d, 0).date, '2023-12-07');
  const e = doc('After talks on Monday the leaders signed the accord on Wednesday.', '2023-12-08');
  const at = e.text.indexOf('signed');
  assert.equal(dateFor(e, 0).date, '2023-12-04');
  assert.equal(dateFor(e, 0, at).date, '2023-12-06');
});

test('previous sentence of the same paragraph, not across a blank line', () => {
  const d = doc('The leaders met in Tokyo on Thursday. They agreed to deepen ties.\n\nThey also discussed China.', '2023-12-08');
  assert.deepEqual(dateFor(d, 1), { date: '2023-12-07', dateText: 'on Thursday', dateCertain: false });
  // Sentence 2 is in a new paragraph: falls back to the document's first date (same day here).
  assert.deepEqual(dateFor(d, 2), { date: '2023-12-07', dateText: 'on Thursday', dateCertain: false });
});

test('document fallback skips dates after publication, then the publication date', () => {
  const d = doc('They will meet on Tuesday next week.\n\nThey agreed to deepen ties.', '2023-12-08');
  assert.deepEqual(dateFor(d, 0), { date: '2023-12-12', dateText: 'on Tuesday next week', dateCertain: false });
  assert.deepEqual(dateFor(d, 1), { date: '2023-12-08', dateText: null, dateCertain: false });
  const e = doc('The two sides agreed to deepen ties.', '2023-12-08');
  assert.deepEqual(dateFor(e, 0), { date: '2023-12-08', dateText: null, dateCertain: false });
  const f = doc('The two sides agreed to deepen ties.', null);
  assert.deepEqual(dateFor(f, 0), { date: null, dateText: null, dateCertain: false });
});

test('a time alone gives the publication date with its text', () => {
  const d = doc('The talks began at 3 p.m. local time.', '2023-12-08');
  assert.deepEqual(dateFor(d, 0), { date: '2023-12-08', dateText: 'at 3 p.m.', dateCertain: false });
});

test('a year or month after publication is a target, not the event date', () => {
  const d = doc('The two countries agreed to double trade by 2030.', '2023-09-11');
  assert.deepEqual(dateFor(d, 0), { date: '2023-09-11', dateText: null, dateCertain: false });
  const e = doc('Relations were established in 1995.', '2023-09-11');
  assert.equal(dateFor(e, 0).date, '1995-01-01');
});

test('an event dated more than a year before publication by its own sentence is history', () => {
  const d = doc('In 2019, Russia attacked Ukraine. On Monday, Russia attacked Ukraine. Last year Russia attacked Ukraine.', '2024-05-01');
  assert.equal(isHistory(d, 0, d.text.indexOf('attacked')), true);
  assert.equal(isHistory(d, 1, d.text.indexOf('attacked', 40)), false, 'a recent relative date');
  assert.equal(isHistory(d, 2, d.text.lastIndexOf('attacked')), false, 'relative dates are not written out');
  assert.equal(isHistory(doc('In 2019, Russia attacked Ukraine.', null), 0, 17), false, 'no publication date, no judgement');
});

test('a date told later in the document does not date an earlier event, beyond the lede', () => {
  const d = doc('Japan welcomed the agreement. Officials praised it. Japan met Norway yesterday.', '2023-12-08');
  assert.deepEqual(dateFor(d, 0), { date: '2023-12-08', dateText: null, dateCertain: false });
  const lede = doc('Japan and Norway agreed to elevate ties. The decision was made in Tokyo on Thursday.', '2023-12-08');
  assert.equal(dateFor(lede, 0).date, '2023-12-07', 'the lede takes the date of the sentence after it');
});
