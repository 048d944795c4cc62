/** How the source stage reads its inputs. Every field has a default. */
export interface SourceOptions {
  /** Largest single-article file (.txt/.md/.html) and largest CSV/JSONL row, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Largest CSV or JSONL file, in bytes; these are streamed, so this may be large. Default 2 GiB. */
  maxTableBytes?: number;
  /** Longest "word" (run without whitespace) an article may hold. Default 1,000 characters. */
  maxWordChars?: number;
  /** Longest stretch without a sentence break. Default 20,000 characters. */
  maxSentenceChars?: number;
  /** Longest first line still taken as a title; a longer one is body text. Default 300 characters. */
  maxTitleChars?: number;
  /**
   * CSV layout: `header` (a header row naming `title`/`text`…), `ag-news` (no header; class, title,
   * description) or `auto` (default: a header when the first row names a title or text column,
   * else AG News when it has three columns and the first is a number).
   */
  csvLayout?: 'auto' | 'header' | 'ag-news';
  /** Base for the relative `sourceFile` paths. Default `process.cwd()`. */
  cwd?: string;
  /**
   * File names skipped while walking folders (not when named directly): dataset notes such as
   * README, LICENSE, SOURCE.md. Default {@link DEFAULT_IGNORE}.
   */
  ignore?: RegExp;
}

/** Dataset documentation that sits next to articles in corpus folders. */
export const DEFAULT_IGNORE =
  /^(?:readme|licen[cs]e|license-or-readme|copying|notice|changelog|source)(?:[-_.][^/]*)?$/i;

export type ResolvedSourceOptions = Required<SourceOptions>;

export const SOURCE_DEFAULTS: Omit<ResolvedSourceOptions, 'cwd'> = {
  maxBytes: 5 * 1024 * 1024,
  maxTableBytes: 2 * 1024 * 1024 * 1024,
  maxWordChars: 1000,
  maxSentenceChars: 20_000,
  maxTitleChars: 300,
  csvLayout: 'auto',
  ignore: DEFAULT_IGNORE,
};

/** Fills in defaults. */
export function resolveSourceOptions(options: SourceOptions = {}): ResolvedSourceOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...SOURCE_DEFAULTS, cwd: process.cwd(), ...defined };
}

/** "5.0 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
