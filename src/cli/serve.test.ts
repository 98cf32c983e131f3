import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServe } from './serve.js';
import { writeFixtureLedger } from '../server/fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
const db = join(dir, 'ledger.db');
writeFixtureLedger(db);
test.after(() => rmSync(dir, { recursive: true, force: true }));

const SERVE = fileURLToPath(new URL('./serve.js', import.meta.url));

/** Runs `serveCommand(args)` in a child process; resolves with its output once `until` matches stdout. */
function runServe(args: string[], timeoutMs = 20_000) {
  const child = spawn(process.execPath, ['--input-type=module', '-e',
    `import(${JSON.stringify(SERVE)}).then((m) => m.serveCommand(process.argv.slice(1))).then((c) => { process.exitCode = c; })`, '--', ...args],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not exit in ${timeoutMs} ms: ${stderr}`)); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve(code); });
  });
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /at (http:\/\/\S+)/.exec(stdout);
      if (m) resolve(m[1]);
    });
    exited.then(() => reject(new Error(`serve exited early: ${stderr}`)), reject);
  });
  url.catch(() => {});
  return { child, url, exited, out: () => ({ stdout, stderr }) };
}

test('startServe: serves the ledger on a loopback port, guards the Host, stop closes the store', async () => {
  const s = await startServe({ db, port: 0, host: '127.0.0.1', warmCoder: false, log: () => {} });
  try {
    assert.match(s.running.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await fetch(`${s.running.url}api/health`, { signal: AbortSignal.timeout(5000) });
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { stats: { events: number } }).stats.events, 21);
    const page = await fetch(s.running.url, { signal: AbortSignal.timeout(5000) });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /default-src 'self'/);
    assert.match(await page.text(), /<script src="\/app.js" defer><\/script>/);
    for (const f of ['app.js', 'style.css']) assert.equal((await fetch(`${s.running.url}${f}`, { signal: AbortSignal.timeout(5000) })).status, 200, f);
    // fetch() may not set Host; node:http can, as a DNS-rebinding page's request would arrive.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: s.running.port, path: '/api/stats', headers: { Host: 'attacker.example:80' }, timeout: 5000 },
        (res) => { res.resume(); resolve(res.statusCode ?? 0); });
      req.on('error', reject);
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.end();
    });
    assert.equal(status, 403);
  } finally {
    await s.stop();
  }
  assert.throws(() => s.store.stats(), /not open/);
});

test('startServe: a missing ledger or a taken port is a clear error', async () => {
  await assert.rejects(startServe({ db: join(dir, 'absent.db'), port: 0, host: '127.0.0.1', warmCoder: false }), /no ledger here yet/);
  const a = await startServe({ db, port: 0, host: '127.0.0.1', warmCoder: false });
  try {
    await assert.rejects(startServe({ db, port: a.running.port, host: '127.0.0.1', warmCoder: false }), /port \d+ on 127\.0\.0\.1 is already in use/);
  } finally {
    await a.stop();
  }
});

test('entente serve prints the URL, answers, and stops cleanly on SIGTERM', { timeout: 30_000 }, async () => {
  const r = runServe(['--db', db, '--port', '0']);
  const url = await r.url;
  assert.match(r.out().stdout, new RegExp(`serving ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} at http://127\\.0\\.0\\.1:\\d+/`));
  const res = await fetch(`${url}api/dyad/JPN/NOR`, { signal: AbortSignal.timeout(5000) });
  assert.equal(((await res.json()) as { currentTier: { tier: string } }).currentTier.tier, 'strategic partnership');
  r.child.kill('SIGTERM');
  assert.equal(await r.exited, 0);
  assert.match(r.out().stderr, /SIGTERM, stopping/);
});

test('entente serve: usage errors exit 2, a missing ledger exits 1', { timeout: 30_000 }, async () => {
  const bad = runServe(['--port', 'eighty']);
  assert.equal(await bad.exited, 2);
  assert.match(bad.out().stderr, /--port expects a number from 0 to 65535/);
  const missing = runServe(['--db', join(dir, 'nope.db'), '--port', '0']);
  assert.equal(await missing.exited, 1);
  assert.match(missing.out().stderr, /no ledger here yet/);
});
