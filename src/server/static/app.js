// entente dashboard: plain JavaScript, no framework, no build step. Every piece of text from the API is
// inserted with textContent (never innerHTML), so evidence sentences cannot inject markup.
'use strict';

(() => {
  const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  // Stacking order of the chart, bottom to top.
  const QUADS = ['material-cooperation', 'verbal-cooperation', 'verbal-conflict', 'material-conflict'];
  const QUAD_LABEL = {
    'verbal-cooperation': 'Verbal cooperation', 'material-cooperation': 'Material cooperation',
    'verbal-conflict': 'Verbal conflict', 'material-conflict': 'Material conflict',
  };
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const EXAMPLE = [
    'OSLO — Norway and Japan agreed on Tuesday to deepen cooperation on offshore wind and hydrogen shipping, ' +
      'as Norway\'s foreign minister met his Japanese counterpart in Oslo.',
    'The two ministers signed a memorandum on clean energy research and said they would hold regular consultations on maritime security.',
    'Both governments condemned Russia\'s attacks on Ukrainian ports and called on Moscow to withdraw its forces.',
    'Separately, China criticised Japan over its plans to release treated water from the Fukushima plant.',
  ].join(' ');

  /** @type {Map<string, string>} ISO3 -> name, filled from /api/countries */
  const countryNames = new Map();

  // ---------- small helpers ----------

  const $ = (sel, root = document) => root.querySelector(sel);

  /** Builds an element: h('p', {class: 'x'}, 'text', child, ...). Strings become text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    append(el, children);
    return el;
  }

  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
    for (const c of children.flat(Infinity)) if (c) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
  }

  /** Only http(s) links are rendered as links. */
  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    try {
      const url = new URL(u);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }

  const fmt = new Intl.NumberFormat('en');
  const plural = (n, one, many = `${one}s`) => `${fmt.format(n)} ${n === 1 ? one : many}`;
  const capital = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

  function countryLabel(code) {
    const name = countryNames.get(code);
    return name ? `${name} (${code})` : code;
  }

  function actorLabel(a) {
    if (!a) return '—';
    return a.code || a.country || a.org || a.text;
  }

  function actorTitle(a) {
    if (!a) return null;
    const parts = [a.text];
    if (a.name && a.name !== a.text) parts.push(a.name);
    if (a.role) parts.push(a.role);
    if (a.country && countryNames.has(a.country)) parts.push(countryNames.get(a.country));
    if (a.sector) parts.push(`sector ${a.sector}`);
    return [...new Set(parts)].join(' · ');
  }

  async function api(path, init) {
    const res = await fetch(path, init);
    let body = null;
    try {
      body = await res.json();
    } catch {
      /* not JSON */
    }
    if (!res.ok) throw new Error((body && body.error) || `${res.status} ${res.statusText}`);
    return body;
  }

  function showError(container, err) {
    container.replaceChildren(h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
  }

  async function busy(container, fn) {
    container.setAttribute('aria-busy', 'true');
    try {
      return await fn();
    } catch (e) {
      showError(container, e);
      return undefined;
    } finally {
      container.removeAttribute('aria-busy');
    }
  }

  /** "Japan" or "jpn" -> "JPN"; unknown names are returned upper-cased for the server to judge. */
  function resolveCountry(input) {
    const v = input.trim();
    if (v === '') return '';
    if (/^[A-Za-z]{3}$/.test(v)) return v.toUpperCase();
    const m = /\(([A-Za-z]{3})\)\s*$/.exec(v);
    if (m) return m[1].toUpperCase();
    const low = v.toLowerCase();
    for (const [code, name] of countryNames) if (name.toLowerCase() === low) return code;
    for (const [code, name] of countryNames) if (name.toLowerCase().startsWith(low)) return code;
    return v.toUpperCase();
  }

  /** Date with an "approximately" mark when the coder inferred it. */
  function dateCell(date, certain) {
    if (!date) return h('span', { class: 'approx', title: 'date unknown' }, 'date unknown');
    return h('span', null, h('time', { datetime: date }, date),
      certain === false ? h('span', { class: 'approx', title: 'date inferred (e.g. from the publication date), not stated' }, ' ≈') : null);
  }

  function quadBadge(e) {
    return h('span', { class: `badge b-${e.quad}`, title: `${QUAD_LABEL[e.quad] || e.quad} · CAMEO ${e.cameo} · Goldstein ${e.goldstein}` }, e.type);
  }

  function dyadCodes(e) {
    const arrow = e.target ? (e.reciprocal ? ' ⇄ ' : ' → ') : '';
    return h('span', { class: 'dyad-codes' },
      h('span', { title: actorTitle(e.source) }, actorLabel(e.source)),
      arrow,
      e.target ? h('span', { title: actorTitle(e.target) }, actorLabel(e.target)) : null);
  }

  const LETTER = /[\p{L}\p{N}]/u;

  /** First occurrence of `word` in `text` not inside a longer word ("Japan" is not found in "Japanese"). */
  function wordIndex(text, word) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const before = i > 0 ? text[i - 1] : ' ';
      const after = i + word.length < text.length ? text[i + word.length] : ' ';
      if (!LETTER.test(before) && !LETTER.test(after)) return i;
    }
    return -1;
  }

  /**
   * The evidence sentence with emphasis: the trigger (when the event carries one, in document offsets) is
   * marked, and the actors' words are underlined.
   */
  function evidenceQuote(ev, event) {
    const text = ev.text;
    const spans = [];
    if (event && event.trigger && typeof event.trigger.start === 'number') {
      const s = event.trigger.start - ev.start;
      const e = event.trigger.end - ev.start;
      if (s >= 0 && e <= text.length && text.slice(s, e) === event.trigger.text) spans.push([s, e, 'trigger']);
    }
    if (event) {
      for (const a of [event.source, event.target]) {
        if (!a || !a.text) continue;
        let s = typeof a.start === 'number' ? a.start - ev.start : -1;
        if (!(s >= 0 && text.slice(s, s + a.text.length) === a.text)) s = wordIndex(text, a.text);
        if (s >= 0 && !spans.some(([x, y]) => s < y && s + a.text.length > x)) spans.push([s, s + a.text.length, 'actor-word']);
      }
    }
    spans.sort((x, y) => x[0] - y[0]);
    const p = h('p');
    let at = 0;
    for (const [s, e, cls] of spans) {
      if (s < at) continue;
      p.append(text.slice(at, s));
      p.append(cls === 'trigger' ? h('mark', { class: 'trigger' }, text.slice(s, e)) : h('span', { class: cls }, text.slice(s, e)));
      at = e;
    }
    p.append(text.slice(at));
    return h('blockquote', { class: 'evidence' }, p);
  }

  function sourceLink(url, label) {
    const u = safeUrl(url);
    return u ? h('a', { href: u, rel: 'noopener noreferrer', target: '_blank' }, label || new URL(u).hostname) : null;
  }

  // ---------- views and routing ----------

  const views = ['dyad', 'events', 'code'];
  let current = null;

  function parseHash() {
    const raw = location.hash.replace(/^#/, '');
    const [path, query = ''] = raw.split('?');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const view = views.includes(parts[0]) ? parts[0] : 'dyad';
    return { view, parts: parts.slice(1), params: new URLSearchParams(query) };
  }

  function show(view) {
    for (const v of views) {
      $(`#view-${v}`).hidden = v !== view;
      const link = $(`[data-nav="${v}"]`);
      if (v === view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    if (current !== null && current !== view) $('#main').focus({ preventScroll: true });
    current = view;
    document.title = `${{ dyad: 'Relationship', events: 'Events', code: 'Code a text' }[view]} — entente`;
  }

  async function route() {
    const { view, parts, params } = parseHash();
    show(view);
    if (view === 'dyad') {
      const a = (parts[0] || 'JPN').toUpperCase();
      const b = (parts[1] || 'NOR').toUpperCase();
      $('#dyad-a').value = a;
      $('#dyad-b').value = b;
      await loadDyad(a, b);
    } else if (view === 'events') {
      const form = $('#events-form');
      for (const el of form.elements) {
        if (!el.name) continue;
        if (el.name === 'limit') el.value = params.get('limit') || '50';
        else el.value = params.get(el.name) || '';
      }
      await loadEvents(params);
    }
  }

  // ---------- relationship card ----------

  async function loadDyad(a, b) {
    const out = $('#dyad-out');
    await busy(out, async () => {
      const card = await api(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
      out.replaceChildren(renderDyad(card));
    });
  }

  function renderDyad(c) {
    const [a, b] = c.countries;
    const title = `${countryNames.get(a) || a} – ${countryNames.get(b) || b}`;
    const head = h('div', { class: 'card-head' },
      h('h2', { id: 'card-title' }, title),
      h('p', { class: 'codes' }, `${a} · ${b}`),
      h('p', { class: 'totals' }, `${plural(c.totals.events, 'event')} · ${plural(c.totals.mentions, 'mention')} · ${plural(c.totals.documents, 'document')}`));

    const grid = h('div', { class: 'grid' },
      panel('Current tier', [renderTier(c), renderMix(c)], 'span-5 tier'),
      panel(`Events per ${binMonths(c.months).unit}`, renderChart(c), 'span-7 chart'),
      panel('Tier history', renderTierHistory(c), 'span-4'),
      panel('Joint statements', renderStatements(c), 'span-4'),
      panel('Top topics', renderTopics(c), 'span-4'),
      panel('Latest events', renderEventList(c.latestEvents), 'span-12'));
    if (c.diplomaticRelations.length) {
      grid.insertBefore(panel('Diplomatic relations', renderRelations(c.diplomaticRelations), 'span-12'), grid.lastChild);
    }
    return h('article', { class: 'card', 'aria-labelledby': 'card-title' }, head, grid);
  }

  function panel(title, body, cls) {
    const id = `p-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    return h('section', { class: `panel ${cls}`, 'aria-labelledby': id }, h('h3', { id }, title), body);
  }

  function relationMeta(r) {
    return h('p', { class: 'meta' },
      r.change ? h('span', { class: 'chip-change' }, r.change) : null,
      r.date ? dateCell(r.date, r.dateCertain) : 'date unknown',
      ' · ', h('span', { title: 'document id' }, r.docId));
  }

  function renderTier(c) {
    const t = c.currentTier;
    if (!t) return h('p', { class: 'tier-none' }, 'No partnership tier recorded for this pair.');
    return h('div', null,
      h('p', { class: 'tier-name' }, capital(t.tier)),
      relationMeta(t),
      evidenceQuote(t.evidence, null));
  }

  /** Event types over the whole history of the pair, as small proportional bars. */
  function renderMix(c) {
    const byType = {};
    for (const m of c.months) for (const [t, n] of Object.entries(m.byType)) byType[t] = (byType[t] || 0) + n;
    const rows = Object.entries(byType).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    if (!rows.length) return null;
    const max = rows[0][1];
    return h('div', { class: 'mix' },
      h('h4', null, 'Event types, all dates'),
      h('ul', { class: 'mix-list' }, rows.map(([t, n]) => {
        const fill = h('span');
        fill.style.width = `${Math.max(2, Math.round((n / max) * 100))}%`; // CSSOM, allowed by the page's CSP
        return h('li', null,
          h('span', { class: 'mix-type' }, t),
          h('span', { class: 'mix-bar', 'aria-hidden': 'true' }, fill),
          h('span', { class: 'mix-n' }, fmt.format(n)));
      })));
  }

  function renderTierHistory(c) {
    if (!c.tierHistory.length) return h('p', { class: 'empty' }, 'No tier facts yet.');
    const last = c.tierHistory[c.tierHistory.length - 1];
    return h('ol', { class: 'timeline' }, [...c.tierHistory].reverse().map((r) =>
      h('li', { class: r === last ? 'current' : null },
        h('div', null, h('span', { class: 'when' }, r.date || '????-??-??'), ' ', r.change ? h('span', { class: 'chip-change' }, r.change) : null, capital(r.tier)),
        evidenceQuote(r.evidence, null))));
  }

  function renderStatements(c) {
    if (!c.jointStatements.length) return h('p', { class: 'empty' }, 'No joint statements recorded.');
    return h('ul', { class: 'events-list' }, [...c.jointStatements].reverse().map((r) =>
      h('li', null,
        h('div', { class: 'ev-head' }, dateCell(r.date, r.dateCertain), h('span', null, r.countries.join(', ')),
          r.first ? h('span', { class: 'chip-change' }, 'first') : null),
        evidenceQuote(r.evidence, null),
        h('p', { class: 'cite' }, r.docId))));
  }

  function renderRelations(rows) {
    return h('ul', { class: 'events-list' }, rows.map((r) =>
      h('li', null, relationMeta(r), evidenceQuote(r.evidence, null))));
  }

  function renderTopics(c) {
    if (!c.topics.length) return h('p', { class: 'empty' }, 'No topics recorded.');
    return h('ul', { class: 'topics' }, c.topics.map((t) =>
      h('li', null, h('a', {
        href: `#events?topic=${encodeURIComponent(t.topic)}`,
        title: t.evidence ? `e.g. “${t.evidence}”` : null,
      }, t.topic, h('span', { class: 'n' }, `${t.documents} doc${t.documents === 1 ? '' : 's'}`)))));
  }

  function renderEventList(events) {
    if (!events.length) return h('p', { class: 'empty' }, 'No events between these two countries in the ledger.');
    return h('ul', { class: 'events-list' }, events.map((e) =>
      h('li', null,
        h('div', { class: 'ev-head' },
          dateCell(e.date, e.dateCertain), quadBadge(e), dyadCodes(e),
          e.location ? h('span', { class: 'ev-extra' }, `at ${e.location.name}`) : null,
          h('span', { class: 'ev-extra' }, `${plural(e.numMentions, 'mention')} · ${plural(e.numSources, 'source')}`)),
        evidenceQuote(e.evidence, e),
        h('p', { class: 'cite' }, sourceLink(e.url, null), e.url && safeUrl(e.url) ? ' · ' : null, e.docId))));
  }

  // ---------- monthly chart ----------

  /** Months (or quarters/years for long spans) from first to last, with empty ones filled in. */
  function binMonths(months) {
    if (!months.length) return { unit: 'month', bins: [] };
    const idx = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
    const first = idx(months[0].month);
    const last = idx(months[months.length - 1].month);
    const span = last - first + 1;
    const unit = span <= 60 ? 'month' : span <= 240 ? 'quarter' : 'year';
    const size = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
    const start = first - (first % size);
    const bins = [];
    for (let i = start; i <= last; i += size) {
      const y = Math.floor(i / 12);
      const m = (i % 12) + 1;
      const label = unit === 'month' ? `${y}-${String(m).padStart(2, '0')}` : unit === 'quarter' ? `${y} Q${Math.floor((m - 1) / 3) + 1}` : String(y);
      bins.push({ label, events: 0, gsum: 0, byQuad: {} });
    }
    for (const m of months) {
      const b = bins[Math.floor((idx(m.month) - start) / size)];
      b.events += m.events;
      b.gsum += m.meanGoldstein * m.events;
      for (const [q, n] of Object.entries(m.byQuad)) b.byQuad[q] = (b.byQuad[q] || 0) + n;
    }
    for (const b of bins) b.mean = b.events ? Math.round((b.gsum / b.events) * 100) / 100 : null;
    return { unit, bins };
  }

  /** Whole-number axis ticks from 0 to at least n, at most about five steps. */
  function countTicks(n) {
    const max = Math.max(1, n);
    let step = 1;
    for (let p = 1; ; p *= 10) {
      const k = [1, 2, 5].find((f) => max / (f * p) <= 5);
      if (k) { step = k * p; break; }
    }
    const top = Math.ceil(max / step) * step;
    const ticks = [];
    for (let t = 0; t <= top; t += step) ticks.push(t);
    return ticks;
  }

  function renderChart(c) {
    if (!c.months.length) return h('p', { class: 'empty' }, 'No dated events for this pair.');
    const { unit, bins } = binMonths(c.months);
    // Drawn at about its display size so that the labels stay legible on a phone.
    const narrow = window.matchMedia('(max-width: 700px)').matches;
    const W = narrow ? 360 : 640;
    const H = narrow ? 220 : 240;
    const m = { top: 12, right: 40, bottom: 34, left: 36 };
    const iw = W - m.left - m.right;
    const ih = H - m.top - m.bottom;
    const ticks = countTicks(Math.max(...bins.map((b) => b.events)));
    const maxN = ticks[ticks.length - 1];
    const step = iw / bins.length;
    const bw = Math.max(1, Math.min(36, step * 0.72));
    const y = (n) => m.top + ih - (n / maxN) * ih;
    const gy = (g) => m.top + ih / 2 - (g / 10) * (ih / 2);
    const x = (i) => m.left + step * i + step / 2;

    const titleId = `chart-t-${c.countries.join('-')}`;
    const descId = `chart-d-${c.countries.join('-')}`;
    const total = bins.reduce((s, b) => s + b.events, 0);
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}` },
      svg('title', { id: titleId }, `Events per ${unit} between ${c.countries.join(' and ')}`),
      svg('desc', { id: descId }, `${total} dated events from ${bins[0].label} to ${bins[bins.length - 1].label}, stacked by quad class, with the mean Goldstein score as a line (right axis, −10 to +10).`));

    // Left axis: counts.
    const axis = svg('g', { class: 'axis' });
    for (const t of ticks) {
      axis.append(svg('line', { class: 'grid-line', x1: m.left, x2: W - m.right, y1: y(t), y2: y(t) }));
      axis.append(svg('text', { x: m.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, fmt.format(t)));
    }
    // Right axis: Goldstein.
    for (const g of [-10, 0, 10]) {
      axis.append(svg('text', { x: W - m.right + 6, y: gy(g) + 4, 'text-anchor': 'start' }, g > 0 ? `+${g}` : String(g)));
    }
    axis.append(svg('line', { class: 'zero-line', x1: m.left, x2: W - m.right, y1: gy(0), y2: gy(0) }));
    root.append(axis);

    // Bars.
    const bars = svg('g');
    bins.forEach((b, i) => {
      if (!b.events) return;
      const g = svg('g', { class: 'bar' });
      let acc = 0;
      for (const q of QUADS) {
        const n = b.byQuad[q] || 0;
        if (!n) continue;
        g.append(svg('rect', { class: `q-${q}`, x: x(i) - bw / 2, y: y(acc + n), width: bw, height: Math.max(0.5, y(acc) - y(acc + n)) }));
        acc += n;
      }
      const detail = QUADS.filter((q) => b.byQuad[q]).map((q) => `${b.byQuad[q]} ${QUAD_LABEL[q].toLowerCase()}`).join(', ');
      g.prepend(svg('title', null, `${b.label}: ${plural(b.events, 'event')} (${detail}); mean Goldstein ${b.mean}`));
      bars.append(g);
    });
    root.append(bars);

    // Goldstein line over the bins that have events.
    // The line joins consecutive periods only: a gap in the data is a gap in the line.
    const pts = bins.map((b, i) => (b.mean === null ? null : [x(i), gy(b.mean), b])).filter(Boolean);
    let run = [];
    const flush = () => {
      if (run.length > 1) root.append(svg('polyline', { class: 'gline', points: run.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ') }));
      run = [];
    };
    bins.forEach((b, i) => {
      if (b.mean === null) flush();
      else run.push([x(i), gy(b.mean)]);
    });
    flush();
    for (const [px, py, b] of pts) {
      root.append(svg('circle', { class: 'gdot', cx: px.toFixed(1), cy: py.toFixed(1), r: 3.5 }, svg('title', null, `${b.label}: mean Goldstein ${b.mean}`)));
    }

    // X labels: at most ~8, evenly spaced.
    const every = Math.max(1, Math.ceil(bins.length / (narrow ? 4 : 8)));
    const xl = svg('g', { class: 'axis' });
    bins.forEach((b, i) => {
      if (i % every !== 0) return;
      xl.append(svg('text', { x: x(i), y: H - m.bottom + 16, 'text-anchor': 'middle' }, b.label));
    });
    root.append(xl);

    const legend = h('ul', { class: 'legend' },
      [...QUADS].reverse().map((q) => h('li', null, h('span', { class: `swatch sw-${q}`, 'aria-hidden': 'true' }), QUAD_LABEL[q])),
      h('li', null, h('span', { class: 'swatch line', 'aria-hidden': 'true' }), 'Mean Goldstein (right axis)'));

    const table = h('table', { class: 'data-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, capital(unit)), h('th', { scope: 'col' }, 'Events'),
        QUADS.map((q) => h('th', { scope: 'col' }, QUAD_LABEL[q])), h('th', { scope: 'col' }, 'Mean Goldstein'))),
      h('tbody', null, bins.filter((b) => b.events).map((b) => h('tr', null, h('th', { scope: 'row' }, b.label), h('td', { class: 'num' }, b.events),
        QUADS.map((q) => h('td', { class: 'num' }, b.byQuad[q] || 0)), h('td', { class: 'num' }, b.mean)))));
    return h('div', null, root, legend, h('details', { class: 'data' }, h('summary', null, 'Show the numbers'), h('div', { class: 'table-wrap' }, table)));
  }

  // ---------- events browser ----------

  function eventsQuery(form) {
    const q = new URLSearchParams();
    for (const el of form.elements) {
      if (!el.name || !el.value.trim()) continue;
      let v = el.value.trim();
      if (el.name === 'actor' || el.name === 'target') v = resolveCountry(v);
      if (el.name === 'limit' && v === '50') continue;
      q.set(el.name, v);
    }
    return q;
  }

  async function loadEvents(params) {
    const out = $('#events-out');
    const summary = $('#events-summary');
    await busy(out, async () => {
      const q = new URLSearchParams(params);
      const rows = await api(`/api/events?${q}`);
      const limit = Number(q.get('limit') || 50);
      const filters = [...q].filter(([k]) => k !== 'limit').map(([k, v]) => `${k} ${v}`).join(', ');
      summary.textContent = `${rows.length === limit ? `Latest ${plural(rows.length, 'event')} (the limit; narrow the filters or raise “Show”)` : plural(rows.length, 'event')}` +
        `${filters ? ` matching ${filters}` : ''}, newest first.`;
      out.replaceChildren(rows.length ? renderEventsTable(rows, q.get('search')) : h('p', { class: 'empty' }, 'No events match these filters.'));
    });
  }

  /** `text` with every occurrence of the search words marked (case-insensitive, at word starts). */
  function markWords(text, words) {
    const terms = words.map((w) => w.replace(/^"+|"+$/g, '').toLowerCase()).filter((w) => w.length > 1);
    if (!terms.length) return [text];
    const low = text.toLowerCase();
    const hits = [];
    for (const t of terms) {
      for (let i = low.indexOf(t); i >= 0; i = low.indexOf(t, i + 1)) {
        if (i === 0 || !LETTER.test(text[i - 1])) hits.push([i, i + t.length]);
      }
    }
    hits.sort((a, b) => a[0] - b[0]);
    const out = [];
    let at = 0;
    for (const [s, e] of hits) {
      if (s < at) continue;
      out.push(text.slice(at, s), h('mark', null, text.slice(s, e)));
      at = e;
    }
    out.push(text.slice(at));
    return out;
  }

  function renderEventsTable(rows, search) {
    const words = search ? search.split(/\s+/).filter(Boolean) : [];
    const tbody = h('tbody');
    for (const e of rows) {
      const detailId = `ev-detail-${e.id}`;
      const button = h('button', { type: 'button', class: 'expand', 'aria-expanded': 'false', 'aria-controls': detailId,
        'aria-label': `Details of event ${e.id}: codes and every report` }, 'Details');
      const tr = h('tr', null,
        h('td', { class: 'date', 'data-label': 'Date' }, dateCell(e.date, e.dateCertain)),
        h('td', { 'data-label': 'Type' }, quadBadge(e)),
        h('td', { 'data-label': 'Source', title: actorTitle(e.source) }, actorLabel(e.source)),
        h('td', { 'data-label': 'Target', title: actorTitle(e.target) }, e.target ? `${e.reciprocal ? '⇄ ' : ''}${actorLabel(e.target)}` : '—'),
        h('td', { 'data-label': 'Place' }, e.location ? e.location.name : '—'),
        h('td', { class: 'num', 'data-label': 'Mentions' }, e.numMentions),
        h('td', { class: 'ev-text', 'data-label': 'Evidence' }, h('span', { class: 'clamp' }, markWords(e.evidence.text, words))),
        h('td', { 'data-label': '' }, button));
      const detail = h('tr', { class: 'detail', id: detailId, hidden: true }, h('td', { colspan: 8 }));
      button.addEventListener('click', () => toggleDetail(e, button, detail));
      tbody.append(tr, detail);
    }
    return h('div', { class: 'table-wrap' }, h('table', { class: 'events-table' },
      h('caption', { class: 'visually-hidden' }, 'Events, newest first'),
      h('thead', null, h('tr', null, ['Date', 'Type', 'Source', 'Target', 'Place', 'Mentions', 'Evidence', ''].map((t) => h('th', { scope: 'col' }, t)))),
      tbody));
  }

  async function toggleDetail(e, button, detail) {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    detail.hidden = open;
    if (open || detail.dataset.loaded) return;
    const cell = detail.firstChild;
    cell.replaceChildren(h('p', { class: 'kv' }, 'Loading the mentions…'));
    await busy(cell, async () => {
      const mentions = await api(`/api/events/${e.id}/mentions`);
      detail.dataset.loaded = '1';
      cell.replaceChildren(
        h('p', { class: 'kv' }, `CAMEO ${e.cameo} · ${QUAD_LABEL[e.quad]} · Goldstein ${e.goldstein}` +
          `${e.mode ? ` · mode ${e.mode}` : ''}${e.contexts.length ? ` · contexts ${e.contexts.join(', ')}` : ''} · ` +
          `${plural(e.numDocuments, 'document')}, ${plural(e.numSources, 'source')} · confidence ${e.confidence}`),
        h('ul', { class: 'mentions' }, mentions.map((m) => h('li', null,
          evidenceQuote(m.evidence, e),
          h('p', { class: 'cite' }, m.published ? `published ${m.published} · ` : '', m.source ? `${m.source} · ` : '',
            sourceLink(m.url, m.url ? 'open the source' : null), m.url && safeUrl(m.url) ? ' · ' : '', `document ${m.docId}, sentence ${m.evidence.sentence + 1}`)))));
    });
  }

  // ---------- code a text ----------

  async function codeText(form) {
    const out = $('#code-out');
    const text = form.elements.text.value;
    if (!text.trim()) {
      showError(out, 'Paste a text to code first.');
      form.elements.text.focus();
      return;
    }
    const body = { text };
    if (form.elements.published.value) body.published = form.elements.published.value;
    if (form.elements.title.value.trim()) body.title = form.elements.title.value.trim();
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    const t0 = performance.now();
    await busy(out, async () => {
      const doc = await api('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      out.replaceChildren(renderCoded(doc, text, Math.round(performance.now() - t0)));
    });
    submit.disabled = false;
  }

  /** The offsets of an evidence span in `text`: as given when they match, else the first occurrence. */
  function locate(text, ev) {
    if (!ev || typeof ev.text !== 'string' || !ev.text) return null;
    if (text.slice(ev.start, ev.end) === ev.text) return [ev.start, ev.end];
    const i = text.indexOf(ev.text);
    return i < 0 ? null : [i, i + ev.text.length];
  }

  function renderCoded(doc, text, ms) {
    const spans = [];
    doc.events.forEach((e, i) => {
      const ref = `e${i}`;
      const at = locate(text, e.evidence);
      if (at) spans.push({ s: at[0], e: at[1], cls: `hl-event quad-${e.quad}`, ref });
      if (e.trigger) {
        const t = locate(text, e.trigger);
        if (t) spans.push({ s: t[0], e: t[1], cls: 'hl-trigger', ref });
      }
      for (const a of [e.source, e.target]) {
        if (a && typeof a.start === 'number' && text.slice(a.start, a.end) === a.text) spans.push({ s: a.start, e: a.end, cls: 'hl-actor', ref });
      }
    });
    doc.relations.forEach((r, i) => {
      const at = locate(text, r.evidence);
      if (at) spans.push({ s: at[0], e: at[1], cls: 'hl-relation', ref: `r${i}` });
    });
    doc.topics.forEach((t, i) => {
      if (t.kind !== 'issue') return; // PLOVER contexts span whole sentences: listed, not underlined
      const at = locate(text, t.evidence);
      if (at) spans.push({ s: at[0], e: at[1], cls: 'hl-topic', ref: `t${i}` });
    });

    const pre = h('p', { class: 'coded-text', id: 'coded-text' });
    const cuts = new Set([0, text.length]);
    for (const sp of spans) { cuts.add(sp.s); cuts.add(sp.e); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k];
      const e = points[k + 1];
      const over = spans.filter((sp) => sp.s <= s && sp.e >= e);
      const piece = text.slice(s, e);
      if (!over.length) { pre.append(piece); continue; }
      const cls = [...new Set(over.flatMap((sp) => sp.cls.split(' ')))].join(' ');
      pre.append(h('span', { class: cls, 'data-refs': [...new Set(over.map((sp) => sp.ref))].join(' ') }, piece));
    }

    const highlight = (ref, on) => {
      for (const el of pre.querySelectorAll('[data-refs]')) {
        if (el.dataset.refs.split(' ').includes(ref)) el.classList.toggle('hl-active', on);
      }
    };
    const item = (ref, ...children) => {
      const li = h('li', { 'data-ref': ref }, ...children);
      li.addEventListener('mouseenter', () => highlight(ref, true));
      li.addEventListener('mouseleave', () => highlight(ref, false));
      li.addEventListener('focusin', () => highlight(ref, true));
      li.addEventListener('focusout', () => highlight(ref, false));
      return li;
    };
    const jump = (ref) => h('button', {
      type: 'button', class: 'link', title: 'Show in the text',
      onclick: () => {
        const el = [...pre.querySelectorAll('[data-refs]')].find((x) => x.dataset.refs.split(' ').includes(ref));
        if (!el) return;
        el.scrollIntoView({ block: 'center', behavior: 'smooth' });
        el.classList.remove('flash');
        void el.offsetWidth;
        el.classList.add('flash');
      },
    }, '↧ in text');

    const eventsPanel = panel(`Events (${doc.events.length})`, doc.events.length
      ? h('ul', { class: 'result-list' }, doc.events.map((e, i) => item(`e${i}`,
        h('div', { class: 'ev-head' }, quadBadge(e), dyadCodes(e), e.date ? dateCell(e.date, e.dateCertain) : null,
          e.location ? h('span', { class: 'ev-extra' }, `at ${e.location.name}`) : null, jump(`e${i}`)),
        h('p', { class: 'kv' }, `CAMEO ${e.cameo} · Goldstein ${e.goldstein}${e.mode ? ` · ${e.mode}` : ''}` +
          `${e.negated ? ' · negated' : ''}${e.modality && e.modality !== 'asserted' ? ` · ${e.modality}` : ''}` +
          `${e.dateText ? ` · “${e.dateText}”` : ''} · confidence ${e.confidence}`),
        h('p', { class: 'kv' }, `${actorTitle(e.source) || ''}${e.target ? ` → ${actorTitle(e.target)}` : ''}`))))
      : h('p', { class: 'empty' }, 'No events found in this text.'), 'span-12');

    const relPanel = panel(`Relations (${doc.relations.length})`, doc.relations.length
      ? h('ul', { class: 'result-list' }, doc.relations.map((r, i) => item(`r${i}`,
        h('div', { class: 'ev-head' }, h('strong', null, r.kind === 'tier' ? capital(r.tier || 'tier') : capital(r.kind.replace('-', ' '))),
          h('span', null, r.countries.join(', ')), r.change ? h('span', { class: 'chip-change' }, r.change) : null,
          r.first ? h('span', { class: 'chip-change' }, 'first') : null, r.date ? dateCell(r.date, r.dateCertain) : null, jump(`r${i}`)))))
      : h('p', { class: 'empty' }, 'No partnerships or joint statements.'), 'span-12');

    const issues = doc.topics.map((t, i) => [t, i]).filter(([t]) => t.kind === 'issue');
    const contexts = doc.topics.filter((t) => t.kind !== 'issue');
    const topicPanel = panel(`Topics (${doc.topics.length})`, doc.topics.length
      ? h('div', { class: 'stack' },
        issues.length ? h('ul', { class: 'topics', 'aria-label': 'Issues' }, issues.map(([t, i]) => item(`t${i}`,
          h('span', { class: 'topic', title: `“${t.evidence.text}”` }, t.topic)))) : null,
        contexts.length ? h('p', { class: 'kv' }, `PLOVER contexts: ${contexts.map((t) => t.topic).join(', ')}`) : null)
      : h('p', { class: 'empty' }, 'No topics.'), 'span-12');

    const actorsPanel = panel(`Actors (${doc.actors.length})`, doc.actors.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'actors' },
        h('thead', null, h('tr', null, ['Words', 'Kind', 'Code', 'Person, role', '×'].map((t) => h('th', { scope: 'col', title: t === '×' ? 'mentions' : null }, t)))),
        h('tbody', null, doc.actors.map((a) => h('tr', null, h('td', null, a.text), h('td', null, a.kind),
          h('td', { title: a.country ? countryNames.get(a.country) || null : null }, [a.country || a.org, a.sector].filter(Boolean).join(' ') || '—'),
          h('td', null, [a.name, a.role].filter(Boolean).join(', ') || '—'), h('td', { class: 'num' }, a.mentions))))))
      : h('p', { class: 'empty' }, 'No actors.'), 'span-12');

    const legend = h('ul', { class: 'hl-legend', 'aria-label': 'Highlight key' },
      h('li', null, h('span', { class: 'sample hl-event quad-verbal-cooperation' }, 'event sentence'), ' (tinted by quad class)'),
      h('li', null, h('span', { class: 'sample hl-trigger' }, 'trigger')),
      h('li', null, h('span', { class: 'sample hl-relation' }, 'partnership / statement')),
      h('li', null, h('span', { class: 'sample hl-topic' }, 'topic')));

    return h('div', null,
      h('p', { class: 'summary' }, `${plural(doc.events.length, 'event')}, ${plural(doc.relations.length, 'relation')}, ` +
        `${plural(doc.topics.length, 'topic')} and ${plural(doc.actors.length, 'actor')} in ${fmt.format(text.length)} characters — coded in ${ms} ms.`),
      h('div', { class: 'code-grid' },
        h('section', { class: 'panel coded-panel', 'aria-labelledby': 'coded-text-h' }, h('h3', { id: 'coded-text-h' }, 'The text, with evidence'), legend, pre),
        h('div', { class: 'grid' }, eventsPanel, relPanel, topicPanel, actorsPanel)));
  }

  // ---------- start ----------

  async function loadMeta() {
    try {
      const [health, countries] = await Promise.all([api('/api/health'), api('/api/countries')]);
      const s = health.stats;
      $('#stats').textContent = `${plural(s.documents, 'document')} · ${plural(s.events, 'event')} · ${plural(s.mentions, 'mention')}`;
      $('#version').textContent = `entente ${health.version}. `;
      const list = $('#countries');
      list.replaceChildren(...countries.map((c) => {
        if (c.name) countryNames.set(c.code, c.name);
        return h('option', { value: c.code, label: c.name ? `${c.name}` : c.code });
      }));
    } catch (e) {
      $('#stats').textContent = `ledger unavailable: ${e.message}`;
    }
  }

  function init() {
    const typeSelect = $('#f-type');
    for (const t of PLOVER_TYPES) typeSelect.append(h('option', { value: t }, capital(t.toLowerCase())));

    $('#dyad-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const a = resolveCountry($('#dyad-a').value);
      const b = resolveCountry($('#dyad-b').value);
      if (!a || !b) { showError($('#dyad-out'), 'Enter two countries.'); return; }
      const unknown = [[a, $('#dyad-a')], [b, $('#dyad-b')]].find(([code]) => !/^[A-Z]{3}$/.test(code));
      if (unknown) {
        showError($('#dyad-out'), `Unknown country “${unknown[1].value.trim()}”: use a three-letter ISO code (JPN) or a name from the list.`);
        unknown[1].focus();
        return;
      }
      const hash = `#dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
      if (location.hash === hash) route(); else location.hash = hash;
    });
    $('#dyad-swap').addEventListener('click', () => {
      const a = $('#dyad-a');
      const b = $('#dyad-b');
      [a.value, b.value] = [b.value, a.value];
    });
    const ef = $('#events-form');
    ef.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const q = eventsQuery(ef).toString();
      const hash = `#events${q ? `?${q}` : ''}`;
      if (location.hash === hash) route(); else location.hash = hash;
    });
    ef.addEventListener('reset', () => setTimeout(() => {
      if (location.hash === '#events') route(); else location.hash = '#events';
    }, 0));
    const cf = $('#code-form');
    cf.addEventListener('submit', (ev) => { ev.preventDefault(); codeText(cf); });
    $('#c-example').addEventListener('click', () => {
      cf.elements.text.value = EXAMPLE;
      cf.elements.published.value = '2024-05-15';
      cf.elements.title.value = 'Norway and Japan deepen energy ties';
      cf.elements.text.focus();
    });
    window.addEventListener('hashchange', route);
    loadMeta().then(route);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
