import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../coder.js';
import { speakerCueEnd } from './speaker.js';

const rules = { titles: ['statement', 'message'], cues: ['from', 'by'], excluded: ['joint statement', 'readout'] };

test('a statement title names its speaker after "from" or "by"', () => {
  const t = 'Statement from President Joe Biden on Sweden';
  assert.equal(speakerCueEnd(t, rules), t.indexOf('President'));
  assert.equal(speakerCueEnd('Statement by the Prime Minister', rules), 'Statement by '.length);
  assert.equal(speakerCueEnd('Joint Statement from the United States and Japan', rules), -1, 'a joint statement has several speakers');
  assert.equal(speakerCueEnd('Readout of President Biden’s Call', rules), -1);
  assert.equal(speakerCueEnd('Biden to visit Japan', rules), -1);
});

test('"I" and "we" in a statement stand for its speaker and the speaker\'s country', () => {
  const coder = createCoder();
  const text = 'I congratulate Finland on joining NATO. We urge Russia to respect the decision. I applaud the Senate for its vote. "I am proud," a Finnish soldier said.';
  const d = coder.code({ id: 's', text, title: 'Statement from President Joe Biden on Finland', published: '2023-04-04' });
  const fin = d.events.find((e) => e.type === 'SUPPORT' && e.target?.country === 'FIN');
  assert.ok(fin, JSON.stringify(d.events.map((e) => [e.type, e.source.text, e.target?.country])));
  assert.equal(fin.source.text, 'I');
  assert.equal(fin.source.country, 'USA');
  assert.equal(fin.source.name, 'Joe Biden');
  assert.equal(text.slice(fin.source.start, fin.source.end), 'I');
  assert.ok(d.events.some((e) => e.type === 'REQUEST' && e.source.text === 'We' && e.source.country === 'USA' && e.target?.country === 'RUS'));
  // Only acts toward another state or organisation: praise for the Senate is domestic.
  assert.ok(!d.events.some((e) => e.evidence.text.includes('Senate')));
  // Quoted speech is someone else's; without a speaker in the title, "I" is nobody.
  assert.ok(!d.events.some((e) => e.evidence.text.includes('proud')));
  const bare = coder.code({ id: 's', text, title: 'Finland joins NATO', published: '2023-04-04' });
  assert.ok(!bare.events.some((e) => e.source.text === 'I' || e.source.text === 'We'));
});
