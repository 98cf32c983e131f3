import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import { everySentence } from './component.js';
import { datesForSentences, mayHaveDate } from './extract.js';
import type { DateMention } from './date-mention.js';

function dates(text: string, published: string | null): DateMention[] {
  const doc = new Doc(text, { id: 't', published, title: null });
  segment(doc);
  doc.dates = datesForSentences(doc, everySentence(doc));
  for (const m of doc.dates) assert.equal(doc.text.slice(m.start, m.end), m.text);
  return doc.dates;
}

function one(text: string, published: string | null): DateMention {
  const ds = dates(text, published);
  assert.equal(ds.length, 1, `one date in ${JSON.stringify(text)}, got ${JSON.stringify(ds)}`);
  return ds[0];
}

test('a bare weekday is the most recent such day on or before publication', () => {
  // Founding article: published Friday 2023-12-08, "on Thursday" = 2023-12-07.
  const m = one('They met at the Prime Minister’s Office in Tokyo on Thursday, marking a new era.', '2023-12-08');
  assert.equal(m.date, '2023-12-07');
  assert.equal(m.text, 'on Thursday');
  assert.equal(m.certain, false);
  // Same weekday as publication = the publication day.
  assert.equal(one('The leaders spoke on Friday.', '2023-12-08').date, '2023-12-08');
  // chrono alone would pick the coming Saturday; news means the past one.
  assert.equal(one('On Saturday, the ministers met.', '2023-12-08').date, '2023-12-02');
  // Published on a Monday: "Sunday" is the day before, "Tuesday" six days before.
  assert.equal(one('The talks ended Sunday.', '2024-01-08').date, '2024-01-07');
  assert.equal(one('The talks began on Tuesday.', '2024-01-08').date, '2024-01-02');
  // Across a month and year boundary: published Wednesday 2025-01-01.
  assert.equal(one('The summit opened on Thursday.', '2025-01-01').date, '2024-12-26');
  // A clause announcing something to come: the next such day.
  assert.equal(one('The President will travel to Ireland on Tuesday.', '2023-12-08').date, '2023-12-12');
  assert.equal(one('The summit is scheduled to open Friday.', '2023-12-08').date, '2023-12-08');
  assert.equal(dates('Biden, who met Xi on Monday, will travel to Asia.', '2023-12-08')[0].date, '2023-12-04');
  assert.equal(one('He will fly to Ireland and meet the Taoiseach on Tuesday.', '2023-12-08').date, '2023-12-12');
  // With a modifier, chrono's reading stays.
  assert.equal(one('They will meet next Tuesday.', '2023-12-08').date, '2023-12-12');
  assert.equal(one('They met last Friday.', '2023-12-08').date, '2023-12-01');
});

test('weekdays inside names are not dates', () => {
  assert.equal(dates('They praised the Good Friday Agreement.', '2023-04-12').length, 0);
  assert.equal(dates('The vote on Super Tuesday was close.', '2024-03-10').length, 0);
});

test('yesterday, today and last week resolve from publication and are not certain', () => {
  const y = one('The minister arrived yesterday.', '2023-12-08');
  assert.deepEqual([y.date, y.certain, y.granularity], ['2023-12-07', false, 'day']);
  const t = one('Today, the President met the Prime Minister.', '2023-12-08');
  assert.deepEqual([t.date, t.certain], ['2023-12-08', false]);
  const w = one('Last week, the two sides met.', '2023-12-08');
  assert.deepEqual([w.date, w.certain, w.granularity], ['2023-12-01', false, 'week']);
  assert.equal(one('This morning, the envoy left.', '2023-12-08').date, '2023-12-08');
});

test('a month and day without a year is the most recent one on or before publication', () => {
  assert.equal(one('The deal was signed on March 3 in Hanoi.', '2023-12-08').date, '2023-03-03');
  // Across the year boundary: published in January, "December 28" is last year's.
  assert.equal(one('The deal was signed on December 28.', '2024-01-05').date, '2023-12-28');
  assert.equal(one('The deal was signed on March 3.', '2024-01-05').date, '2023-03-03');
  // A day shortly after publication is the coming one (an announced visit).
  assert.equal(one('The President will travel on December 12.', '2023-12-08').date, '2023-12-12');
  assert.equal(one('The President will travel on January 3.', '2023-12-28').date, '2024-01-03');
  assert.equal(one('He will visit Hanoi on March 3.', '2023-12-08').date, '2024-03-03');
  const m = one('In March, the talks resumed.', '2023-12-08');
  assert.deepEqual([m.date, m.granularity, m.certain], ['2023-03-01', 'month', false]);
});

test('explicit dates are certain', () => {
  for (const [text, date] of [
    ['The statement was issued on December 7, 2023.', '2023-12-07'],
    ['The statement was issued on 7 December 2023.', '2023-12-07'],
    ['The statement was issued on 2023-12-07.', '2023-12-07'],
    ['On Thursday, December 7, 2023, the leaders met.', '2023-12-07'],
  ] as const) {
    const m = one(text, '2024-02-01');
    assert.equal(m.date, date, text);
    assert.equal(m.certain, true, text);
  }
});

test('news over-matches are dropped', () => {
  assert.equal(dates('Japan may impose new tariffs.', '2023-12-08').length, 0);
  assert.equal(dates('Thousands joined a protest march in the capital.', '2023-12-08').length, 0);
  assert.equal(dates('The March on Washington changed the country.', '2023-12-08').length, 0);
  assert.equal(dates('Theresa May said the talks would continue.', '2019-03-08').length, 0);
  assert.equal(dates('The second round of talks will follow.', '2023-12-08').length, 0);
  assert.equal(dates('The agreement will last for two years.', '2023-12-08').length, 0);
  assert.equal(dates('Growth was strong over the past two years.', '2023-12-08').length, 0);
  assert.equal(dates('He spoke of 9/11 and the 24/7 watch.', '2023-12-08').length, 0);
  assert.equal(dates('Now, the two countries are partners.', '2023-12-08').length, 0);
  assert.equal(dates('They met again the next day.', '2023-12-08').length, 0);
  assert.equal(dates('See https://www.whitehouse.gov/2023/03/27/readout for more.', '2023-12-08').length, 0);
  assert.equal(dates('Some 120 people attended, 45 of them ministers.', '2023-12-08').length, 0);
  assert.equal(dates('They discussed the challenges confronting the world today.', '2023-12-08').length, 0);
  assert.equal(one('The President met the Prime Minister today.', '2023-12-08').date, '2023-12-08');
});

test('a time of day alone counts only when the sentence has no other date', () => {
  const t = one('The meeting began at 3 p.m. local time.', '2023-12-08');
  assert.deepEqual([t.date, t.granularity], ['2023-12-08', 'time']);
  const ds = dates('The talks ended on Thursday, and at 3 p.m. they signed.', '2023-12-08');
  assert.deepEqual(ds.map((d) => d.date), ['2023-12-07']);
});

test('a year after a preposition is a year-precise date; ranges take their start', () => {
  const m = one('In 2019, the two countries signed a treaty.', '2023-12-08');
  assert.deepEqual([m.date, m.granularity, m.certain], ['2019-01-01', 'year', false]);
  assert.equal(one('The talks ran from March 3 to March 5.', '2023-12-08').date, '2023-03-03');
});

test('without a publication date the phrase is kept with date null unless fully explicit', () => {
  const m = one('They met on Thursday.', null);
  assert.deepEqual([m.text, m.date, m.certain], ['on Thursday', null, false]);
  assert.equal(one('They met yesterday.', null).date, null);
  assert.equal(one('They met on March 3.', null).date, null);
  const e = one('They met on December 7, 2023.', null);
  assert.deepEqual([e.date, e.certain], ['2023-12-07', true]);
});

test('dateline', () => {
  const ds = dates('TOKYO, Dec 8 (Reuters) - Japan and Norway agreed on Thursday to deepen ties.', '2023-12-08');
  assert.deepEqual(ds.map((d) => [d.text, d.date]), [['Dec 8', '2023-12-08'], ['on Thursday', '2023-12-07']]);
});

test('prefilter and targeted parsing', () => {
  assert.equal(mayHaveDate('The two leaders reaffirmed their commitment.'), false);
  assert.equal(mayHaveDate('The two leaders met on Thursday.'), true);
  const doc = new Doc('They met on Monday. Nothing here. They spoke on Tuesday.', { id: 't', published: '2023-12-08', title: null });
  segment(doc);
  const ds = datesForSentences(doc, [2]);
  assert.deepEqual(ds.map((d) => [d.sentence, d.date]), [[2, '2023-12-05']]);
});
