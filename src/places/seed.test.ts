// The founding article (../shared/fixtures/seed/japan-norway.txt, skipped when absent): the meeting
// sentence gets Tokyo (JPN) and 2023-12-07 (not certain) from publication on 2023-12-08.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import { datesForSentences, everySentence } from '../time/component.js';
import { dateFor } from '../time/attach.js';
import { placesForSentences } from './component.js';
import { placeFor } from './attach.js';

const seed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'fixtures', 'seed', 'japan-norway.txt');

test('founding article: Tokyo on Thursday', { skip: !existsSync(seed) && 'no ../shared' }, () => {
  const doc = new Doc(readFileSync(seed, 'utf8'), { id: 'seed', published: '2023-12-08', title: null });
  segment(doc);
  doc.dates = datesForSentences(doc, everySentence(doc));
  doc.places = placesForSentences(doc, everySentence(doc));
  const s = doc.sentenceAt(doc.text.indexOf('in Tokyo on Thursday'));
  assert.deepEqual(dateFor(doc, s), { date: '2023-12-07', dateText: 'on Thursday', dateCertain: false });
  const p = placeFor(doc, s);
  assert.deepEqual([p?.name, p?.country, p?.certain], ['Tokyo', 'JPN', true]);
  assert.ok(Math.abs(p!.lat! - 35.69) < 0.05 && Math.abs(p!.lon! - 139.69) < 0.05);
  // The first sentence (the agreement itself) carries the document's date and place, not certain.
  assert.deepEqual(dateFor(doc, 0), { date: '2023-12-07', dateText: 'on Thursday', dateCertain: false });
  assert.deepEqual([placeFor(doc, 0)?.name, placeFor(doc, 0)?.certain], ['Tokyo', false]);
  // No other date or place is invented.
  assert.deepEqual(doc.dates.map((d) => d.text), ['on Thursday']);
  assert.deepEqual(doc.places.map((x) => x.name), ['Tokyo']);
});
