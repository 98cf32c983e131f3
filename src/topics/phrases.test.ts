import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher, expandPhrase, tokenize, wordHash } from './phrases.js';

function find(m: PhraseMatcher<string>, text: string): string[] {
  const out: string[] = [];
  m.scan(text, 0, text.length, (values, s, e) => out.push(`${values.join('+')}:${text.slice(s, e)}`));
  return out;
}

test('expandPhrase expands alternations', () => {
  assert.deepEqual(expandPhrase('supply chain(|s)'), ['supply chain', 'supply chains']);
  assert.deepEqual(expandPhrase('sever(|ed) tie(|s)'), ['sever tie', 'sever ties', 'severed tie', 'severed ties']);
  assert.deepEqual(expandPhrase('climate'), ['climate']);
});

test('tokenize: folded words, inner apostrophes, hyphens split, URLs skipped', () => {
  const text = "Russia’s war; the Indo-Pacific's future, Café (see https://example.org/joint-statement-on-climate) workers' rights";
  const w = tokenize(text, 0, text.length);
  const got: string[] = [];
  for (let i = 0; i < w.count; i++) got.push(text.slice(w.start[i], w.end[i]));
  assert.deepEqual(got, ['Russia’s', 'war', 'the', 'Indo', "Pacific's", 'future', 'Café', 'see', 'workers', 'rights']);
  assert.equal(wordHash('CAFE'), wordHash('café'));
  assert.equal(wordHash("Russia's"), wordHash('russia’s'));
  assert.notEqual(wordHash('russia'), wordHash("russia's"));
});

test('leftmost-longest matching without overlap, case-insensitive by default', () => {
  const m = new PhraseMatcher<string>();
  m.add('strategic partnership', 'sp');
  m.add('comprehensive strategic partnership', 'csp');
  m.add('partnership', 'p');
  m.add('Indo-Pacific', 'ip');
  assert.deepEqual(find(m, 'A Comprehensive  Strategic\nPartnership for the INDO PACIFIC and a partnership.'),
    ['csp:Comprehensive  Strategic\nPartnership', 'ip:INDO PACIFIC', 'p:partnership']);
});

test('phrases do not cross hard punctuation', () => {
  const m = new PhraseMatcher<string>();
  m.add('climate change', 'cc');
  assert.deepEqual(find(m, 'On climate. Change came.'), []);
  assert.deepEqual(find(m, 'On climate-change.'), ['cc:climate-change']);
});

test('"=" makes a phrase case-sensitive; identical phrases merge their values', () => {
  const m = new PhraseMatcher<string>();
  m.add('=WHO', 'health');
  m.add('pandemic', 'health');
  m.add('pandemic', 'issue');
  assert.deepEqual(find(m, 'Those who fight the pandemic with the WHO.'), ['health+issue:pandemic', 'health:WHO']);
});

test('scan honours the [from, to) window', () => {
  const m = new PhraseMatcher<string>();
  m.add('trade', 't');
  const text = 'trade and more trade';
  const got: number[] = [];
  m.scan(text, 5, text.length, (_v, s) => got.push(s));
  assert.deepEqual(got, [15]);
});
