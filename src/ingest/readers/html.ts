// HTML: the main text is extracted with a real parser (htmlparser2). Boilerplate elements (script,
// style, nav, header, footer, aside, forms, cookie banners) are dropped; when an <article> or <main>
// exists, only it is kept. Block elements become paragraph breaks so sentences do not run together.

import { readFileSync } from 'node:fs';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { decodeText } from '../decode.js';
import type { ReadOptions, SourceItem } from '../item.js';
import { DEFAULT_MAX_DOC_BYTES, InputFailure } from '../item.js';
import { toError } from './plain.js';
import { normaliseDate } from '../dates.js';

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'select']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'br', 'tr', 'table', 'figure', 'figcaption', 'pre', 'hr', 'dd', 'dt']);
const BOILERPLATE = /(cookie|consent|banner|newsletter|subscribe|share|social|related|advert|promo|breadcrumb|menu|sidebar|comments?)\b/i;

function isBoilerplate(el: Element): boolean {
  const cls = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.role ?? ''}`;
  return cls.trim().length > 0 && BOILERPLATE.test(cls) && el.name !== 'article' && el.name !== 'main';
}

function collect(nodes: ChildNode[], out: string[]): void {
  for (const n of nodes) {
    if (n.type === 'text') {
      out.push((n as unknown as { data: string }).data.replace(/\s+/g, ' '));
    } else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const el = n as Element;
      if (SKIP.has(el.name) || isBoilerplate(el)) continue;
      const block = BLOCK.has(el.name);
      if (block) out.push('\n\n');
      collect(el.children, out);
      if (block) out.push('\n\n');
    }
  }
}

export function htmlToText(html: string): { text: string; title: string | null; published: string | null } {
  const dom = parseDocument(html, { decodeEntities: true });
  const titleEl = DomUtils.findOne((e) => e.name === 'title', dom.children, true);
  const h1 = DomUtils.findOne((e) => e.name === 'h1', dom.children, true);
  const meta = DomUtils.findAll((e) => e.name === 'meta', dom.children);
  let published: string | null = null;
  for (const m of meta) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
    if (key === 'article:published_time' || key === 'datepublished' || key === 'date' || key === 'pubdate') {
      published = normaliseDate(m.attribs.content);
      if (published) break;
    }
  }
  if (published === null) {
    const time = DomUtils.findOne((e) => e.name === 'time' && !!e.attribs.datetime, dom.children, true);
    if (time) published = normaliseDate(time.attribs.datetime);
  }
  const root = DomUtils.findOne((e) => e.name === 'article', dom.children, true)
    ?? DomUtils.findOne((e) => e.name === 'main', dom.children, true)
    ?? DomUtils.findOne((e) => e.name === 'body', dom.children, true);
  const parts: string[] = [];
  collect(root ? root.children : dom.children, parts);
  const text = parts.join('')
    .split(/\n\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  const title = (h1 ? DomUtils.textContent(h1) : titleEl ? DomUtils.textContent(titleEl) : '').replace(/\s+/g, ' ').trim();
  return { text, title: title || null, published };
}

export function* readHtml(file: string, opts: ReadOptions): Generator<SourceItem> {
  const max = opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  try {
    const raw = decodeText(readFileSync(file), file, max * 4);
    const { text, title, published } = htmlToText(raw);
    if (text.length === 0) throw new InputFailure(file, 'HTML page has no text content');
    yield { doc: { id: file, text, title, published: opts.published ?? published }, file };
  } catch (e) {
    yield { error: toError(e, file) };
  }
}
