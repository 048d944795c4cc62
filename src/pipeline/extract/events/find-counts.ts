import type { EventCount, EventType, Sentence } from '../../../domain.js';
import countData from '../../../knowledge/data/event-counts.json' with { type: 'json' };
import { sameClause } from './words.js';

/** The number expressions of `data/event-counts.json`, compiled. */
export interface CountLexicon {
  casualtyWords: ReadonlyMap<string, string>;
  casualtyVerbs: ReadonlyMap<string, string>;
  tollCues: readonly string[];
  jobWords: readonly string[];
  currencySymbols: ReadonlyMap<string, string>;
  currencyWords: ReadonlyMap<string, string>;
  multipliers: ReadonlyMap<string, number>;
  qualifiers: readonly string[];
  numberWords: ReadonlyMap<string, number>;
  measuresByKind: ReadonlyMap<string, readonly string[]>;
}

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Builds the count lexicon from the data file. */
export function buildCountLexicon(data: typeof countData = countData): CountLexicon {
  return {
    casualtyWords: new Map(Object.entries(data.casualtyWords)),
    casualtyVerbs: new Map(Object.entries(data.casualtyVerbs)),
    tollCues: data.tollCues,
    jobWords: data.jobWords,
    currencySymbols: new Map(Object.entries(data.currencySymbols)),
    currencyWords: new Map(Object.entries(data.currencyWords)),
    multipliers: new Map(Object.entries(data.multipliers)),
    qualifiers: data.qualifiers,
    numberWords: new Map(Object.entries(data.numberWords)),
    measuresByKind: new Map(Object.entries(data.measuresByKind)),
  };
}

/** The count lexicon of `data/event-counts.json`. */
export const COUNT_LEXICON: CountLexicon = buildCountLexicon();

interface Patterns {
  number: string;
  qualifier: string;
  casualtyAfter: RegExp;
  casualtyBefore: RegExp;
  toll: RegExp;
  jobs: RegExp;
  money: RegExp;
  moneyWords: RegExp;
  percent: RegExp;
  score: RegExp;
}

const compiled = new WeakMap<CountLexicon, Patterns>();

function patterns(lexicon: CountLexicon): Patterns {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const number = `(\\d[\\d,]*(?:\\.\\d+)?|${alternation(lexicon.numberWords.keys())})(?:\\s*(${alternation(lexicon.multipliers.keys())})\\b)?`;
  const qualifier = `(?:(${alternation(lexicon.qualifiers)})\\s+)?`;
  const p: Patterns = {
    number,
    qualifier,
    casualtyAfter: new RegExp(
      `(?<![\\p{L}\\d.,])${qualifier}${number}\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:(?:were|was|are|have been|had been|been|is|people)\\s+)?(${alternation(lexicon.casualtyWords.keys())})\\b`,
      'giu',
    ),
    casualtyBefore: new RegExp(
      `\\b(${alternation(lexicon.casualtyVerbs.keys())})\\s+${qualifier}${number}\\b(?!\\s*(?:%|per\\s*cent))`,
      'giu',
    ),
    toll: new RegExp(`\\b(?:${alternation(lexicon.tollCues)})\\s+${qualifier}${number}\\b`, 'giu'),
    jobs: new RegExp(
      `(?<![\\p{L}\\d.,])${qualifier}${number}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(lexicon.jobWords)})\\b`,
      'giu',
    ),
    money: new RegExp(
      `${qualifier}(${alternation(lexicon.currencySymbols.keys())})\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(${alternation(lexicon.multipliers.keys())})\\b)?`,
      'giu',
    ),
    moneyWords: new RegExp(
      `(?<![\\p{L}\\d.,])${qualifier}${number}\\s+(${alternation(lexicon.currencyWords.keys())})\\b`,
      'giu',
    ),
    percent: new RegExp(
      `(?<![\\p{L}\\d.,])${qualifier}(\\d+(?:\\.\\d+)?)\\s*(?:%|per\\s*cent\\b|percent\\b)`,
      'giu',
    ),
    score: new RegExp(`(?<![\\d.,:/-])(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})(?![\\d.,:/-])`, 'gu'),
  };
  compiled.set(lexicon, p);
  return p;
}

function toNumber(lexicon: CountLexicon, digits: string, multiplier?: string): number | undefined {
  const base = /^\d/.test(digits)
    ? Number(digits.replace(/,/g, ''))
    : lexicon.numberWords.get(digits.toLowerCase().replace(/\s+/g, ' '));
  if (base === undefined || !Number.isFinite(base)) return undefined;
  const scale = multiplier ? (lexicon.multipliers.get(multiplier.toLowerCase()) ?? 1) : 1;
  return Math.round(base * scale * 100) / 100;
}

function qualifierOf(value: string | undefined): string | undefined {
  return value ? value.toLowerCase().replace(/\s+/g, ' ') : undefined;
}

function count(
  what: string,
  value: number | string | undefined,
  match: RegExpMatchArray,
  offset: number,
  extra: { unit?: string; qualifier?: string } = {},
): EventCount | undefined {
  if (value === undefined) return undefined;
  const text = match[0].trim();
  const start = offset + match.index! + (match[0].length - match[0].trimStart().length);
  return {
    what,
    value,
    ...(extra.unit ? { unit: extra.unit } : {}),
    ...(extra.qualifier ? { qualifier: extra.qualifier } : {}),
    text,
    start,
    end: start + text.length,
  };
}

/** Every number expression of one sentence that could measure an event, in text order. */
export function findCountsInSentence(
  sentence: Sentence,
  lexicon: CountLexicon = COUNT_LEXICON,
): EventCount[] {
  const p = patterns(lexicon);
  const text = sentence.text;
  const found: EventCount[] = [];
  const push = (c: EventCount | undefined) => {
    if (c && !found.some((f) => c.start < f.end && c.end > f.start)) found.push(c);
  };
  for (const m of text.matchAll(p.money)) {
    const unit = lexicon.currencySymbols.get(m[2]!) ?? lexicon.currencySymbols.get(m[2]!.toUpperCase());
    push(
      count('amount', toNumber(lexicon, m[3]!, m[4]), m, sentence.start, {
        ...(unit ? { unit } : {}),
        ...(m[1] ? { qualifier: qualifierOf(m[1])! } : {}),
      }),
    );
  }
  for (const m of text.matchAll(p.moneyWords)) {
    const unit = lexicon.currencyWords.get(m[4]!.toLowerCase());
    push(
      count('amount', toNumber(lexicon, m[2]!, m[3]), m, sentence.start, {
        ...(unit ? { unit } : {}),
        ...(m[1] ? { qualifier: qualifierOf(m[1])! } : {}),
      }),
    );
  }
  for (const m of text.matchAll(p.percent)) {
    push(count('percent', Number(m[2]), m, sentence.start, m[1] ? { qualifier: qualifierOf(m[1])! } : {}));
  }
  for (const m of text.matchAll(p.toll)) {
    push(
      count(
        'killed',
        toNumber(lexicon, m[2]!, m[3]),
        m,
        sentence.start,
        m[1] ? { qualifier: qualifierOf(m[1])! } : {},
      ),
    );
  }
  for (const m of text.matchAll(p.casualtyAfter)) {
    const what = lexicon.casualtyWords.get(m[4]!.toLowerCase());
    if (what)
      push(
        count(
          what,
          toNumber(lexicon, m[2]!, m[3]),
          m,
          sentence.start,
          m[1] ? { qualifier: qualifierOf(m[1])! } : {},
        ),
      );
  }
  for (const m of text.matchAll(p.casualtyBefore)) {
    const what = lexicon.casualtyVerbs.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
    if (what)
      push(
        count(
          what,
          toNumber(lexicon, m[3]!, m[4]),
          m,
          sentence.start,
          m[2] ? { qualifier: qualifierOf(m[2])! } : {},
        ),
      );
  }
  for (const m of text.matchAll(p.jobs)) {
    push(
      count(
        'jobs',
        toNumber(lexicon, m[2]!, m[3]),
        m,
        sentence.start,
        m[1] ? { qualifier: qualifierOf(m[1])! } : {},
      ),
    );
  }
  for (const m of text.matchAll(p.score)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // '2014-15' seasons and '9-11' are not scores: a score has no side above 200 and stands alone.
    if (a > 200 || b > 200) continue;
    push(count('score', `${a}-${b}`, m, sentence.start));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The counts of `candidates` that measure an event of kind `type` whose trigger sits at
 * `triggerStart..triggerEnd`: a measure the kind takes (data `measuresByKind`), in the trigger's
 * clause, nearest first.
 */
export function countsForTrigger(
  text: string,
  type: EventType,
  triggerStart: number,
  triggerEnd: number,
  candidates: readonly EventCount[],
  lexicon: CountLexicon = COUNT_LEXICON,
): EventCount[] {
  const measures = lexicon.measuresByKind.get(type);
  if (!measures) return [];
  const distance = (c: EventCount) =>
    c.start >= triggerEnd ? c.start - triggerEnd : c.end <= triggerStart ? triggerStart - c.end : 0;
  return candidates
    .filter((c) => measures.includes(c.what))
    .filter((c) => distance(c) <= 120)
    .filter((c) =>
      c.start >= triggerEnd
        ? sameClause(text, triggerEnd, c.start)
        : c.end <= triggerStart
          ? sameClause(text, c.end, triggerStart)
          : true,
    )
    .sort((a, b) => distance(a) - distance(b));
}
