import type { ArticleDoc } from '../../domain.js';

/** One result of the source stage: an article, or why a file (or row) gave none. */
export type SourceItem =
  | { ok: true; article: ArticleDoc; file: string; warnings: string[] }
  | { ok: false; file: string; code: 'SOURCE_UNREADABLE' | 'SOURCE_REJECTED'; reason: string };

/** A rejection item. */
export function rejected(
  file: string,
  reason: string,
  code: 'SOURCE_UNREADABLE' | 'SOURCE_REJECTED' = 'SOURCE_REJECTED',
): SourceItem {
  return { ok: false, file, code, reason };
}
