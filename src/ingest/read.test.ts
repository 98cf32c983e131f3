import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs } from './read.js';
import type { SourceItem } from './item.js';
import { normaliseDate } from './dates.js';
import { htmlToText } from './readers/html.js';

async function all(paths: string[], opts = {}, stdin?: Readable): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const it of readInputs(paths, opts, stdin)) out.push(it);
  return out;
}
const docs = (items: SourceItem[]) => items.flatMap((i) => ('doc' in i ? [i.doc] : []));
const errors = (items: SourceItem[]) => items.flatMap((i) => ('error' in i ? [i.error] : []));

const dir = mkdtempSync(join(tmpdir(), 'entente-read-'));

test('bad inputs each give an error naming the file, and the batch continues', async () => {
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Japan and Norway agreed to deepen ties.');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Le président français a rencontré le chancelier.', 'latin1'));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  const missing = join(dir, 'missing.txt');
  const items = await all([empty, binary, good, latin1, huge, missing]);
  assert.equal(docs(items).length, 1);
  assert.equal(docs(items)[0].id, good);
  const errs = errors(items);
  assert.equal(errs.length, 5);
  const byFile = new Map(errs.map((e) => [e.file, e.message]));
  assert.match(byFile.get(empty)!, /empty/);
  assert.match(byFile.get(binary)!, /binary/);
  assert.match(byFile.get(latin1)!, /not valid UTF-8 \(first bad byte at offset 5\)/);
  assert.match(byFile.get(huge)!, /too large: 50\.0 MB/);
  assert.match(byFile.get(missing)!, /no such file/);
});

test('malformed JSONL lines are reported with their line number; other lines are read', async () => {
  const f = join(dir, 'docs.jsonl');
  writeFileSync(f, [
    JSON.stringify({ id: 'a', text: 'First document.', published: '2023-12-08' }),
    '{"id": "b", "text": "broken',
    '',
    JSON.stringify({ id: 'c', body: 'Reuters body.', date: '26-FEB-1987 15:01:01.79', dateline: 'LONDON, Feb 26 -' }),
    JSON.stringify({ id: 'd' }),
    JSON.stringify({ id: 'e', text: 'ok', published: 'not a date' }),
  ].join('\n'));
  const items = await all([f]);
  assert.deepEqual(docs(items).map((d) => d.id), ['a', 'c']);
  assert.equal(docs(items)[0].published, '2023-12-08');
  assert.equal(docs(items)[1].published, '1987-02-26');
  assert.ok(docs(items)[1].text.startsWith('LONDON, Feb 26 - Reuters body.'));
  const errs = errors(items);
  assert.deepEqual(errs.map((e) => e.line), [2, 5, 6]);
  assert.match(errs[0].message, /malformed JSON/);
  assert.match(errs[1].message, /no text/);
  assert.match(errs[2].message, /unreadable publication date/);
});

test('a non-UTF-8 JSONL line names its line', async () => {
  const f = join(dir, 'mixed.jsonl');
  const ok = Buffer.from(JSON.stringify({ id: 'x', text: 'fine' }) + '\n');
  const bad = Buffer.concat([Buffer.from('{"id":"y","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
  writeFileSync(f, Buffer.concat([ok, bad, ok]));
  const items = await all([f]);
  assert.equal(docs(items).length, 2);
  assert.equal(errors(items)[0].line, 2);
  assert.match(errors(items)[0].message, /UTF-8/);
});

test('directories are read recursively in sorted order with supported extensions only', async () => {
  const d = join(dir, 'tree');
  mkdirSync(join(d, 'sub'), { recursive: true });
  writeFileSync(join(d, 'b.txt'), 'B text.');
  writeFileSync(join(d, 'a.md'), 'A text.');
  writeFileSync(join(d, 'sub', 'c.jsonl'), JSON.stringify({ id: 'c', text: 'C text.' }));
  writeFileSync(join(d, 'skip.png'), Buffer.from([0]));
  const items = await all([d], { published: '2024-01-02' });
  assert.deepEqual(docs(items).map((x) => x.text), ['A text.', 'B text.', 'C text.']);
  assert.equal(docs(items)[0].published, '2024-01-02');
  assert.equal(errors(items).length, 0);
});

test('standard input: plain text and JSON Lines', async () => {
  const plain = await all(['-'], { published: '2023-01-01' }, Readable.from([Buffer.from('Hello from stdin.')]));
  assert.equal(docs(plain)[0].id, '<stdin>');
  assert.equal(docs(plain)[0].published, '2023-01-01');
  const jl = await all([], {}, Readable.from([Buffer.from('{"id":"s1","text":"one"}\n{"id":"s2","text":"two"}\n')]));
  assert.deepEqual(docs(jl).map((d) => d.id), ['s1', 's2']);
});

test('HTML: main text from <article>, boilerplate dropped, paragraphs kept apart', () => {
  const html = `<html><head><title>Site | Readout</title><meta property="article:published_time" content="2023-09-11T08:00:00Z">
  <script>var x = "President";</script><style>p{}</style></head><body><nav>Home News</nav>
  <div class="cookie-banner">We use cookies</div><article><h1>Leaders meet</h1><p>The leaders met in Hanoi.</p>
  <p>They agreed &amp; signed a deal.</p></article><footer>Copyright</footer></body></html>`;
  const r = htmlToText(html);
  assert.equal(r.title, 'Leaders meet');
  assert.equal(r.published, '2023-09-11');
  assert.equal(r.text, 'Leaders meet\n\nThe leaders met in Hanoi.\n\nThey agreed & signed a deal.');
});

test('RSS and Atom feeds yield one document per item', async () => {
  const rss = join(dir, 'feed.rss');
  writeFileSync(rss, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Talks in Oslo</title><link>https://example.org/1</link><pubDate>Fri, 08 Dec 2023 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;Norway hosted talks.&lt;/p&gt;</description></item>
    <item><title>Second</title><link>https://example.org/2</link><description>More news.</description></item></channel></rss>`);
  const atom = join(dir, 'feed.atom');
  writeFileSync(atom, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
    <entry><title>Entry one</title><id>urn:1</id><updated>2024-03-04T00:00:00Z</updated><summary>Summary text.</summary></entry></feed>`);
  const items = await all([rss, atom]);
  const d = docs(items);
  assert.equal(d.length, 3);
  assert.equal(d[0].url, 'https://example.org/1');
  assert.equal(d[0].published, '2023-12-08');
  assert.equal(d[0].text, 'Talks in Oslo.\n\nNorway hosted talks.');
  assert.equal(d[2].published, '2024-03-04');
  const notFeed = join(dir, 'notfeed.xml');
  writeFileSync(notFeed, '<html><body>x</body></html>');
  assert.match(errors(await all([notFeed]))[0].message, /not an RSS or Atom feed/);
});

test('publication dates normalise from the formats corpora use', () => {
  assert.equal(normaliseDate('2023-12-08'), '2023-12-08');
  assert.equal(normaliseDate('2023-01-01 16:30:00-05:00'), '2023-01-01');
  assert.equal(normaliseDate('26-FEB-1987 15:01:01.79'), '1987-02-26');
  assert.equal(normaliseDate('Fri, 08 Dec 2023 10:00:00 GMT'), '2023-12-08');
  assert.equal(normaliseDate('December 8, 2023'), '2023-12-08');
  assert.equal(normaliseDate('8 December 2023'), '2023-12-08');
  assert.equal(normaliseDate('2023-02-30'), null);
  assert.equal(normaliseDate('soon'), null);
});
