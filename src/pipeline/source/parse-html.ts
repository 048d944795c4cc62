import { parse, type HTMLElement, NodeType, type Node } from 'node-html-parser';
import type { RawArticle } from './build-article.js';

/** Elements that never hold article text. */
const DROPPED =
  'script, style, nav, header, footer, aside, form, noscript, template, iframe, svg, button, select';

/** Elements whose text is one paragraph of the body. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'pre', 'figcaption']);

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function paragraphs(root: HTMLElement): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (BLOCKS.has(tag)) {
      // A list item or quote holding paragraphs: take those, not the whole.
      if ((tag === 'li' || tag === 'blockquote') && el.querySelector('p') !== null) {
        el.childNodes.forEach(visit);
        return;
      }
      const text = squash(el.text);
      if (text !== '') out.push(text);
      return;
    }
    el.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

function meta(root: HTMLElement, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/**
 * Reads an HTML page: the title from `<title>` (or the first `<h1>`, preferred when `<title>` is the
 * headline plus a site name), the body from paragraphs and headings — of `<article>` or `<main>` when
 * there is one — with scripts, styles, navigation, headers, footers, asides and forms dropped, and
 * author, date, URL and outlet from the usual meta tags.
 */
export function parseHtml(html: string, sourceFile: string, warnings: string[]): RawArticle {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true, pre: true },
  });
  const docTitle = squash(root.querySelector('title')?.text ?? '');
  root.querySelectorAll(DROPPED).forEach((el) => el.remove());
  const container =
    root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  const h1 = squash(container.querySelector('h1')?.text ?? root.querySelector('h1')?.text ?? '');
  const title = h1 !== '' && (docTitle === '' || docTitle.includes(h1)) ? h1 : docTitle || h1;

  const blocks = paragraphs(container);
  if (blocks.length > 0 && blocks[0] === title) blocks.shift();
  let body = blocks.join('\n\n');
  if (body === '') body = container.structuredText.trim();

  const raw: RawArticle = { title, body, sourceFile, warnings };
  const author = meta(root, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']);
  const date = meta(root, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  ]);
  const url = meta(root, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const outlet = meta(root, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  if (author !== undefined && !/^https?:/.test(author)) raw.author = author.replace(/^by\s+/i, '');
  if (date !== undefined) raw.date = date;
  if (url !== undefined && /^https?:\/\//.test(url)) raw.url = url;
  if (outlet !== undefined) raw.outlet = outlet;
  return raw;
}
