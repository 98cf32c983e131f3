// End-to-end: the dashboard in a real browser (Debian's chromium driven by playwright-core) against the
// real server on 127.0.0.1. Skips when /usr/bin/chromium (or $ENTENTE_CHROMIUM) is absent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';
import { startServer } from './server.js';
import { writeFixtureLedger } from './fixture.js';
import { openLedger } from '../ledger/index.js';
import type { Coder, DocInput } from '../coder.js';
import type { CodedDocument } from '../contract.js';

const CHROMIUM = process.env.ENTENTE_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = process.env.ENTENTE_SCREENSHOTS ?? tmpdir();

/** A deterministic coder for the "code a text" view: one event per sentence naming two countries. */
function fakeCoder(): Coder {
  const names: Record<string, string> = { Norway: 'NOR', Japan: 'JPN', Russia: 'RUS', China: 'CHN' };
  return {
    components: [],
    analyse: () => { throw new Error('not used'); },
    code(input: DocInput): CodedDocument {
      const text = input.text;
      const events: CodedDocument['events'] = [];
      const re = /[^.]+\./g;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = re.exec(text)) !== null) {
        const s = m[0];
        const start = m.index + (s.length - s.trimStart().length);
        const sentence = s.trim();
        const found = Object.keys(names).map((k) => [k, sentence.indexOf(k)] as const).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]);
        const trig = /agreed|signed|condemned|criticised/.exec(sentence);
        if (found.length < 2 || !trig) { n++; continue; }
        const conflict = /condemned|criticised/.test(trig[0]);
        const ref = ([k, i]: readonly [string, number]) => ({ text: k, country: names[k], sector: 'GOV', name: null, start: start + i, end: start + i + k.length });
        events.push({
          type: conflict ? 'ACCUSE' : 'AGREE', mode: null, contexts: [], cameo: conflict ? '111' : '030', quad: conflict ? 'verbal-conflict' : 'verbal-cooperation',
          goldstein: conflict ? -2 : 4, source: ref(found[0]), target: ref(found[1]), reciprocal: !conflict, negated: false,
          date: input.published ?? null, dateText: null, dateCertain: false, location: null,
          evidence: { sentence: n++, start, end: start + sentence.length, text: sentence },
          trigger: { text: trig[0], start: start + trig.index, end: start + trig.index + trig[0].length }, confidence: 0.7,
        });
      }
      const ti = text.indexOf('maritime security');
      return {
        doc: { id: input.id, published: input.published ?? null, title: input.title ?? null, url: null, source: null },
        events,
        relations: [],
        topics: ti < 0 ? [] : [{ topic: 'maritime security', kind: 'issue', evidence: { sentence: 1, start: ti, end: ti + 17, text: 'maritime security' } }],
        actors: [{ text: 'Norway', kind: 'country', country: 'NOR', sector: null, name: null, certain: true, mentions: 2 }],
      };
    },
  };
}

test('dashboard: relationship card, events search and code-a-text in chromium', { timeout: 90_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is not installed (apt-get install chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'entente-browser-'));
  const path = join(dir, 'ledger.db');
  writeFixtureLedger(path);
  const store = openLedger(path, { readonly: true });
  const server = await startServer(createApp({ store, coder: fakeCoder(), allowedHosts: ['127.0.0.1', 'localhost'], log: () => {} }), { host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
  const problems: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // (The deliberate bad filter below logs its 400 response; that one is expected.)
    page.on('console', (m) => { if (m.type() === 'error' && !/status of 400/.test(m.text())) problems.push(`console: ${m.text()}`); });
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`external request: ${r.url()}`); });

    // 1. The default card: Japan – Norway with its tier and evidence.
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Japan – Norway' }).waitFor();
    assert.equal(await page.locator('.tier-name').textContent(), 'Strategic partnership');
    const tierEvidence = await page.locator('.tier blockquote.evidence').textContent();
    assert.equal(tierEvidence, 'Japan and Norway agreed on Thursday to raise their relationship to a Strategic Partnership.');
    assert.equal(await page.locator('.timeline li').count(), 2);
    // 2019-05 .. 2024-06 spans more than 60 months, so the chart bins by quarter: 2019 Q2, 2023 Q4, 2024 Q1, 2024 Q2.
    assert.equal(await page.locator('.chart svg .bar').count(), 4, 'one bar group per quarter with events');
    assert.equal(await page.locator('.chart svg .gdot').count(), 4);
    assert.match(await page.locator('.chart svg title').first().textContent() ?? '', /^Events per quarter between JPN and NOR/);
    assert.match(await page.locator('#stats').textContent() ?? '', /9 documents · 21 events/);
    assert.ok((await page.locator('#countries option').count()) >= 6, 'the country datalist is filled');
    await page.screenshot({ path: join(SHOTS, 'entente-dyad.png'), fullPage: true });

    // Another pair through the picker, by name.
    await page.fill('#dyad-a', 'India');
    await page.fill('#dyad-b', 'aus');
    await page.click('#dyad-form button[type="submit"]');
    await page.getByRole('heading', { name: 'Australia – India' }).waitFor();
    assert.equal(await page.locator('.tier-name').textContent(), 'Comprehensive strategic partnership');
    assert.match(page.url(), /#dyad\/IND\/AUS$/);

    // 2. Events browser: a search, then the evidence of one event.
    await page.click('nav >> text=Events');
    await page.locator('.events-table').waitFor();
    await page.fill('#f-search', 'whaling');
    await page.selectOption('#f-type', 'ACCUSE');
    await page.click('#events-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('.events-table tbody tr:not(.detail)').length === 3);
    assert.match(await page.locator('#events-summary').textContent() ?? '', /3 events matching type ACCUSE, search whaling, newest first/);
    assert.deepEqual(await page.locator('.events-table td.ev-text mark').allTextContents(), ['whaling', 'whaling', 'whaling'], 'search words are marked');
    await page.locator('.events-table .expand').first().click();
    await page.locator('tr.detail .mentions li').first().waitFor();
    assert.match(await page.locator('tr.detail .cite').first().textContent() ?? '', /document jpn-nor-2024-6, sentence 3/);
    await page.screenshot({ path: join(SHOTS, 'entente-events.png'), fullPage: true });

    // A bad filter shows the server's message.
    await page.goto(`${server.url}#events?since=2024-02-30`);
    await page.locator('#events-out .error').waitFor();
    assert.match(await page.locator('#events-out .error').textContent() ?? '', /since must be a date/);

    // 3. Code a text: highlights at the returned offsets.
    await page.click('nav >> text=Code a text');
    await page.click('#c-example');
    await page.click('#code-form button[type="submit"]');
    await page.locator('#coded-text').waitFor();
    const marks = await page.locator('#coded-text .hl-trigger').allTextContents();
    assert.deepEqual(marks, ['agreed', 'criticised'], 'the fake coder finds the two sentences naming two of its countries');
    assert.equal(await page.locator('#coded-text').textContent(), await page.locator('#c-text').inputValue(), 'the text is shown unchanged');
    await page.screenshot({ path: join(SHOTS, 'entente-code.png'), fullPage: true });

    // Markup in a pasted text is shown as text, never run.
    const hostile = 'Norway and Japan agreed <img src=x onerror="window.__xss=1"> on <b>talks</b>.';
    await page.fill('#c-text', hostile);
    await page.click('#code-form button[type="submit"]');
    await page.waitForFunction((t) => document.querySelector('#coded-text')?.textContent === t, hostile);
    assert.equal(await page.locator('#coded-text img, #coded-text b').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);

    // An unknown country name is explained in the page.
    await page.click('nav >> text=Relationship');
    await page.fill('#dyad-a', 'Atlantis');
    await page.click('#dyad-form button[type="submit"]');
    assert.match(await page.locator('#dyad-out .error').textContent() ?? '', /Unknown country “Atlantis”/);

    // 4. A phone-sized screen.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}#dyad/JPN/NOR`);
    await phone.locator('.tier-name').waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
    await phone.screenshot({ path: join(SHOTS, 'entente-phone.png'), fullPage: true });

    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
