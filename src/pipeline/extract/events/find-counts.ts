import type { EventCount, Sentence } from '../../../domain.js';
import { COUNT_LEXICON, countPatterns } from './count-lexicon.js';
import type { CountLexicon, CountSearch } from './count-lexicon.js';
import { allMatches } from './all-matches.js';

/** Searches whose numbers are written in digits. */
const IN_DIGITS: ReadonlySet<CountSearch> = new Set(['money', 'percent', 'score', 'scoreLine']);

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

/**
 * Every number expression of one sentence that could measure an event, in text order. A sentence without
 * a digit or a number word has none, and is not searched.
 */
export function findCountsInSentence(
  sentence: Sentence,
  lexicon: CountLexicon = COUNT_LEXICON,
): EventCount[] {
  const p = countPatterns(lexicon);
  const text = sentence.text;
  const found: EventCount[] = [];
  const digits = /\d/.test(text);
  if (!digits && !p.numberWord.test(text)) return found;
  // Amounts in a currency symbol, percentages and scores are written in digits; each search needs its cue.
  const search = (kind: CountSearch) =>
    (digits || !IN_DIGITS.has(kind)) && p.cues[kind].test(text) ? allMatches(p[kind], text) : [];
  const push = (c: EventCount | undefined) => {
    if (c && !found.some((f) => c.start < f.end && c.end > f.start)) found.push(c);
  };
  for (const m of search('money')) {
    const unit = lexicon.currencySymbols.get(m[2]!) ?? lexicon.currencySymbols.get(m[2]!.toUpperCase());
    push(
      count('amount', toNumber(lexicon, m[3]!, m[4]), m, sentence.start, {
        ...(unit ? { unit } : {}),
        ...(m[1] ? { qualifier: qualifierOf(m[1])! } : {}),
      }),
    );
  }
  for (const m of search('moneyWords')) {
    const unit = lexicon.currencyWords.get(m[4]!.toLowerCase());
    push(
      count('amount', toNumber(lexicon, m[2]!, m[3]), m, sentence.start, {
        ...(unit ? { unit } : {}),
        ...(m[1] ? { qualifier: qualifierOf(m[1])! } : {}),
      }),
    );
  }
  for (const m of search('percent')) {
    push(count('percent', Number(m[2]), m, sentence.start, m[1] ? { qualifier: qualifierOf(m[1])! } : {}));
  }
  for (const m of search('toll')) {
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
  for (const m of search('casualtyAfter')) {
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
  for (const m of search('casualtyBefore')) {
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
  for (const m of search('jobs')) {
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
  // A match won over sets is one score, read before its sets could be taken one by one.
  for (const m of search('scoreLine')) {
    push(count('score', m[0].replace(/\s*[-–]\s*/g, '-').replace(/\s+/g, ' '), m, sentence.start));
  }
  for (const m of search('score')) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // '2014-15' seasons and '9-11' are not scores: a score has no side above 200 and stands alone.
    if (a > 200 || b > 200) continue;
    push(count('score', `${a}-${b}`, m, sentence.start));
  }
  return found.sort((a, b) => a.start - b.start);
}
