import { createHash } from 'node:crypto';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What names an article. */
export interface ArticleIdentity {
  /** A safe (http/https) URL, when the source gives one. */
  url?: string;
  /** `ArticleDoc.sourceFile`: the path relative to the ingest root, or `path#row-N` for a table row. */
  sourceFile: string;
  /** True for a CSV or JSONL row (many articles in one file). */
  row: boolean;
  title: string;
  text: string;
}

/**
 * The stable id of an article: `art_` + 16 hex characters of a sha256 of
 * - its URL, where it has one;
 * - otherwise, for a file, its path relative to the ingest root (so an edited file replaces its own facts);
 * - otherwise, for a table row, its normalised title with a fingerprint of its normalised text.
 *
 * Two different texts that share a title are two articles; the same text read again is the same article.
 */
export function articleId(identity: ArticleIdentity): string {
  const key =
    identity.url !== undefined
      ? `url\n${identity.url}`
      : identity.row
        ? `row\n${normalise(identity.title)}\n${textFingerprint(identity.text)}`
        : `file\n${identity.sourceFile.replace(/#row-\d+$/, '')}`;
  return `art_${sha256(key).slice(0, 16)}`;
}

/** sha256 (hex) of the text with case and spacing normalised: equal for texts that differ only in those. */
export function textFingerprint(text: string): string {
  return sha256(normalise(text));
}

/** sha256 (hex) of title and text; changes whenever either does. */
export function contentHash(title: string, text: string): string {
  return sha256(`${title}\n${text}`);
}
