import boilerplate from './data/boilerplate.json' with { type: 'json' };
import { findByline } from './find-byline.js';
import { findDate, type ParsedDate } from './parse-date.js';

/** What {@link stripFurniture} found around the article body and what it left. */
export interface Furniture {
  /** The body with leading and trailing furniture cut; every offset later refers to this string. */
  text: string;
  author?: string;
  outlet?: string;
  date?: ParsedDate;
  /** Lines cut from the start and the end. */
  removedLines: string[];
}

/** How many non-empty lines at each end are searched for bylines, dates and boilerplate. */
const HEAD_LINES = 3;
const TAIL_LINES = 15;
/** Lines longer than this are article paragraphs, never furniture. */
const MAX_FURNITURE_CHARS = 200;
/** Longest line that is no furniture but may be cut with furniture around it. */
const MAX_STRAY_CHARS = 100;

const BOILERPLATE: readonly RegExp[] = boilerplate.patterns.map((source) => new RegExp(source, 'iu'));

/** Lines that carry a publication date: they open with a cue, or say where the piece first ran. */
const DATE_CUE =
  /^(?:[-–—•*|\s]*)(?:(?:posted|published|updated|last updated|first published|dated)\b|date\s*:|©|\(c\)|copyright\s*(?:©\s*)?\d)|\b(?:article|story|piece|post|report)\b.{0,40}\b(?:first appeared|first published|originally published|originally appeared)\b/i;

interface Line {
  text: string;
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start, end });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(line));
}

/** A publication date on a line that is there to give one ("Posted … 3rd April 2016", "April 3, 2016"). */
function lineDate(line: string): ParsedDate | undefined {
  const text = line.trim();
  if (text.length > 120) return undefined;
  if (DATE_CUE.test(text)) return findDate(text);
  const date = findDate(text, 'MONTH');
  if (date === undefined) return undefined;
  const rest = (text.slice(0, date.index) + text.slice(date.index + date.text.length)).trim();
  // "Sunday, 3 April 2016" or "April 3, 2016 | 10:48" — the date is the line.
  const words = rest.split(/[\s,|–—-]+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 2 ? date : undefined;
}

interface Classified {
  line: Line;
  furniture: boolean;
  author?: string;
  outlet?: string;
  date?: ParsedDate;
}

function classify(line: Line, titleKey: string): Classified {
  const text = line.text.trim();
  if (text.length > MAX_FURNITURE_CHARS) return { line, furniture: false };
  const byline = findByline(text);
  const date = lineDate(text);
  const repeatsTitle =
    titleKey !== '' &&
    Math.abs(text.length - titleKey.length) <= titleKey.length / 2 &&
    normalise(text) === titleKey;
  return {
    line,
    furniture: byline !== undefined || date !== undefined || repeatsTitle || isBoilerplate(text),
    ...(byline?.author === undefined ? {} : { author: byline.author }),
    ...(byline?.outlet === undefined ? {} : { outlet: byline.outlet }),
    ...(date === undefined ? {} : { date }),
  };
}

const RANK = { DAY: 3, MONTH: 2, YEAR: 1 } as const;

/**
 * Finds bylines, publication dates and page furniture (comment forms, share prompts, "This article
 * first appeared…", the headline repeated at the foot) in the first and last lines of a body, reads
 * the metadata they carry, and cuts them so they are not taken for article text. General patterns only
 * (see `data/boilerplate.json`); a line longer than 200 characters is always kept.
 */
export function stripFurniture(body: string, title: string): Furniture {
  const lines = splitLines(body);
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  // A body of one paragraph is all article: nothing to tell furniture apart from.
  if (nonEmpty.length < 2) return { text: body.trim(), removedLines: [] };
  const titleKey = normalise(title);
  const head = nonEmpty.slice(0, HEAD_LINES).map((l) => classify(l, titleKey));

  // Leading furniture: the unbroken run of furniture lines at the top.
  let cutStart = 0;
  const removed: string[] = [];
  for (const c of head) {
    if (!c.furniture) break;
    cutStart = c.line.end;
    removed.push(c.line.text.trim());
  }

  const tail = nonEmpty
    .filter((l) => l.start >= cutStart)
    .slice(-TAIL_LINES)
    .map((l) => classify(l, titleKey));

  // Trailing furniture: from the earliest furniture line after which nothing looks like a paragraph.
  let cutEnd = body.length;
  let furnitureBelow = false;
  for (let i = tail.length - 1; i >= 0; i--) {
    const c = tail[i];
    if (c === undefined) break;
    if (c.furniture) {
      cutEnd = c.line.start;
      furnitureBelow = true;
      continue;
    }
    // A line that is no furniture goes with the furniture only when it is short and either sits above
    // more furniture (an author's tagline) or is no sentence (a site name at the foot of the page).
    const stray = c.line.text.trim();
    if (stray.length > MAX_STRAY_CHARS || (!furnitureBelow && /[.!?"”’']$/.test(stray))) break;
  }
  const trailing = tail.filter((c) => c.line.start >= cutEnd).map((c) => c.line.text.trim());
  removed.push(...trailing);

  const found = [...head, ...tail.filter((c) => !head.some((h) => h.line === c.line))];
  const author = found.find((c) => c.author !== undefined)?.author;
  const outlet = found.find((c) => c.outlet !== undefined)?.outlet;
  let date: ParsedDate | undefined;
  for (const c of found) {
    if (c.date !== undefined && (date === undefined || RANK[c.date.precision] > RANK[date.precision]))
      date = c.date;
  }

  const text = body.slice(cutStart, Math.max(cutStart, cutEnd)).trim();
  return {
    text,
    removedLines: removed,
    ...(author === undefined ? {} : { author }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(date === undefined ? {} : { date }),
  };
}
