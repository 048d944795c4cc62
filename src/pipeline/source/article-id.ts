import { createHash } from 'node:crypto';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The stable id of an article: `art_` + 16 hex characters of the sha256 of its normalised title (lower
 * case, whitespace collapsed) and its URL when it has one; the text stands in when the title is empty.
 * Re-reading the same article gives the same id; editing its body keeps it.
 */
export function articleId(title: string, text: string, url?: string): string {
  const key = normalise(title) || normalise(text);
  const withUrl = url === undefined || url.trim() === '' ? key : `${key}\n${url.trim()}`;
  return `art_${sha256(withUrl).slice(0, 16)}`;
}

/** sha256 (hex) of title and text; changes whenever either does. */
export function contentHash(title: string, text: string): string {
  return sha256(`${title}\n${text}`);
}
