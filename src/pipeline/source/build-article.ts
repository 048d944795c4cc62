import type { ArticleDoc } from '../../domain.js';
import { articleId, contentHash } from './article-id.js';
import { checkProse } from './check-prose.js';
import { parseDateValue } from './parse-date.js';
import type { ResolvedSourceOptions } from './source-options.js';
import { rejected, type SourceItem } from './source-item.js';
import { safeUrl } from './safe-url.js';
import { stripFurniture } from './strip-furniture.js';
import { datelineOutlet } from './title-outlet.js';

/** An article as a reader found it, before furniture is cut and ids are made. */
export interface RawArticle {
  /** Undefined or empty when the input has no title. */
  title?: string;
  body: string;
  url?: string;
  outlet?: string;
  author?: string;
  /** A date as written in a field or meta tag; parsed here. */
  date?: string;
  /** `ArticleDoc.sourceFile`: a display path, or `path#row-N`. */
  sourceFile: string;
  /** True for a CSV or JSONL row: without a URL, its identity is its title and text, not its file. */
  row?: boolean;
  warnings: string[];
}

/** Longest title made from the first sentence when an article has none. */
const DERIVED_TITLE_CHARS = 100;

/** The first sentence (or line) of `text`, cut at a word boundary to about 100 characters. */
export function titleFromText(text: string): string {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  const end = /[.!?](?=\s|$)/.exec(firstLine);
  let sentence = (end === null ? firstLine : firstLine.slice(0, end.index)).trim();
  if (sentence.length > DERIVED_TITLE_CHARS) {
    const cut = sentence.lastIndexOf(' ', DERIVED_TITLE_CHARS);
    sentence = `${sentence.slice(0, cut > DERIVED_TITLE_CHARS / 2 ? cut : DERIVED_TITLE_CHARS).trimEnd()}…`;
  }
  return sentence;
}

function clean(value: string | undefined): string | undefined {
  const out = value?.replace(/\s+/g, ' ').trim();
  return out === undefined || out === '' ? undefined : out;
}

/**
 * Turns what a reader found into an `ArticleDoc`, or a rejection: checks the text is prose, reads
 * bylines and dates from the edges of the body and cuts page furniture, makes a title from the first
 * sentence when there is none (with a warning), keeps the URL only when it is http(s) (else warns), and
 * derives the id (see articleId) and content hash. Explicit fields
 * (JSONL, CSV, HTML meta) win over what the text says.
 */
export function buildArticle(
  raw: RawArticle,
  options: ResolvedSourceOptions,
  noTextReason?: string,
): SourceItem {
  const file = raw.sourceFile;
  const warnings = [...raw.warnings];
  const body = raw.body.replace(/\r\n?/g, '\n');
  let title = clean(raw.title);

  const notProse = checkProse(title === undefined ? body : `${title}\n${body}`, options);
  if (notProse !== undefined) return rejected(file, notProse);

  const found = stripFurniture(body, title ?? '');
  const text = found.text;
  if (text === '') {
    const reason =
      noTextReason ??
      (title === undefined ? 'no article text found' : 'has a title but no article text after it');
    return rejected(file, reason);
  }
  if (title === undefined) {
    title = titleFromText(text);
    warnings.push(`no title found; used the first sentence as the title: "${title}"`);
  }

  const { url, warning } = safeUrl(raw.url);
  if (warning !== undefined) warnings.push(warning);
  const article: ArticleDoc = {
    id: articleId({
      ...(url === undefined ? {} : { url }),
      sourceFile: file,
      row: raw.row ?? false,
      title,
      text,
    }),
    title,
    text,
    contentHash: contentHash(title, text),
    sourceFile: file,
  };
  if (url !== undefined) article.url = url;
  const outlet = clean(raw.outlet) ?? found.outlet ?? datelineOutlet(text);
  if (outlet !== undefined) article.outlet = outlet;
  const author = clean(raw.author) ?? found.author;
  if (author !== undefined) article.author = author;

  const given = clean(raw.date);
  const parsed = given === undefined ? undefined : parseDateValue(given);
  if (given !== undefined && parsed === undefined)
    warnings.push(`could not read the date "${given}"; ignored it`);
  const date = parsed ?? found.date;
  if (date !== undefined) {
    article.publishedAt = date.date;
    article.datePrecision = date.precision;
  }
  return { ok: true, article, file, warnings };
}
