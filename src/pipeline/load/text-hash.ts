import { createHash } from 'node:crypto';

/**
 * sha256 (hex) of an article's text with case and spacing normalised: two articles with the same text from
 * different sources have the same hash (`Article.textHash`), whatever their titles, files or URLs.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text.toLowerCase().replace(/\s+/g, ' ').trim(), 'utf8').digest('hex');
}
