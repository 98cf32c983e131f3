import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRelationKnowledge, relationKnowledge } from './knowledge.js';

test('the built-in ladder: ordered ranks from diplomatic relations to alliance', () => {
  const k = relationKnowledge();
  const rank = (id: string): number => {
    const t = k.tiers.get(id);
    assert.ok(t, `tier '${id}' missing`);
    return t.rank;
  };
  const ladder = ['diplomatic relations', 'partnership', 'comprehensive partnership', 'enhanced partnership', 'strategic partnership',
    'enhanced strategic partnership', 'global strategic partnership', 'special strategic partnership', 'comprehensive strategic partnership',
    'comprehensive strategic cooperative partnership', 'all-weather strategic cooperative partnership',
    'comprehensive strategic partnership of coordination', 'special strategic and global partnership', 'major non-NATO ally', 'alliance'];
  for (let i = 1; i < ladder.length; i++) assert.ok(rank(ladder[i - 1]) < rank(ladder[i]), `${ladder[i - 1]} < ${ladder[i]}`);
  // Viet Nam's ladder: comprehensive < strategic < comprehensive strategic.
  assert.ok(rank('comprehensive partnership') < rank('strategic partnership'));
  assert.equal(k.diplomatic.id, 'diplomatic relations');
});

test('head words cover every target phrase family', () => {
  const k = relationKnowledge();
  for (const w of ['partnership', 'strategic partners', 'Alliance', 'treaty allies', 'mutual defense treaty', 'joint statement',
    'Joint Declaration', 'joint communiqué', 'diplomatic relations', 'severed ties', 'Major Non-NATO Ally']) {
    k.headRe.lastIndex = 0;
    assert.ok(k.headRe.test(`they spoke of ${w} today`), w);
  }
  k.headRe.lastIndex = 0;
  assert.ok(!k.headRe.test('Trade grew and fishing boats returned.'));
});

test('user files add phrases to a tier and may re-rank it; bad data is rejected', () => {
  const k = buildRelationKnowledge([
    { path: 'a.json', json: { version: 1, tiers: [{ id: 'strategic partnership', rank: 5, phrases: ['strategic partnership'] }] } },
    { path: 'b.json', json: { tiers: [{ id: 'strategic partnership', rank: 6, phrases: ['partenariat stratégique'] }] } },
  ]);
  assert.equal(k.tiers.get('strategic partnership')!.rank, 6);
  const found: string[] = [];
  const text = 'un partenariat strategique';
  k.matcher.scan(text, 0, text.length, (roles) => { for (const r of roles) if (r.r === 'tier') found.push(r.tier.id); });
  assert.deepEqual(found, ['strategic partnership']);
  assert.throws(() => buildRelationKnowledge([{ path: 'c.json', json: { changes: [{ change: 'befriend', phrases: ['x'] }] } }]), /unknown change/);
  assert.throws(() => buildRelationKnowledge([{ path: 'd.json', json: { tiers: [{ id: 'x', phrases: ['x'] }] } }]), /no rank/);
  assert.throws(() => buildRelationKnowledge([{ path: 'e.json', json: { version: 2 } }]), /unsupported version/);
});
