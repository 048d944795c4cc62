import countData from '../../../knowledge/data/event-counts.json' with { type: 'json' };

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
  /** Conjunctions that open an adverbial clause: a number beyond one is not the trigger's. */
  clauseOpeners: readonly string[];
  /** Measures an event has one of (a match's score): the nearest is kept. */
  singleMeasures: ReadonlySet<string>;
  /** Words before a number that is the level compared against ('from', 'compared with'). */
  referenceCues: readonly string[];
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
    clauseOpeners: data.clauseOpeners,
    singleMeasures: new Set(data.singleMeasures),
    referenceCues: data.referenceCues,
  };
}

/** The count lexicon of `data/event-counts.json`. */
export const COUNT_LEXICON: CountLexicon = buildCountLexicon();

/** The searches of a count lexicon, one pattern each. */
export type CountSearch =
  | 'casualtyAfter'
  | 'casualtyBefore'
  | 'toll'
  | 'jobs'
  | 'money'
  | 'moneyWords'
  | 'percent'
  | 'score'
  | 'scoreLine';

/** The compiled regular expressions of a count lexicon. */
export interface CountPatterns {
  /** A number word anywhere ('seven', 'a thousand'): every pattern but the digit-only ones needs one or a digit. */
  numberWord: RegExp;
  /** What each search's pattern cannot match without (its casualty word, currency, '%' …): a text without it is not searched. */
  cues: Record<CountSearch, RegExp>;
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
  /** Set scores written one after another, each with its tie-break ('6-3 6-7 (2-7) 7-6 (7-5)'): one match score. */
  scoreLine: RegExp;
}

/** One set of a match score, with its tie-break in brackets: '7-6 (7-5)'. */
const SET = `\\d{1,2}\\s*[-–]\\s*\\d{1,2}(?:\\s*\\(\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\))?`;

/** A number in digits, its thousands grouped by commas ('94,000'): 'Doherty, 25, was arrested' reads '25' alone. */
const DIGITS = `\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\d,]\\d)`;

/** What may not follow a score: a digit, a decimal or thousands part, a range or date mark ('2014-15/16'). */
const SCORE_END = `(?![\\d/-]|[.,:]\\d)`;

const compiled = new WeakMap<CountLexicon, CountPatterns>();
/** The regular expressions of `lexicon`, compiled once per lexicon. */
export function countPatterns(lexicon: CountLexicon): CountPatterns {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const number = `(${DIGITS}|${alternation(lexicon.numberWords.keys())})(?:\\s*(${alternation(lexicon.multipliers.keys())})\\b)?`;
  const qualifier = `(?:(${alternation(lexicon.qualifiers)})\\s+)?`;
  const p: CountPatterns = {
    numberWord: new RegExp(alternation(lexicon.numberWords.keys()), 'iu'),
    cues: {
      casualtyAfter: new RegExp(alternation(lexicon.casualtyWords.keys()), 'iu'),
      casualtyBefore: new RegExp(alternation(lexicon.casualtyVerbs.keys()), 'iu'),
      toll: new RegExp(alternation(lexicon.tollCues), 'iu'),
      jobs: new RegExp(alternation(lexicon.jobWords), 'iu'),
      money: new RegExp(alternation(lexicon.currencySymbols.keys()), 'iu'),
      moneyWords: new RegExp(alternation(lexicon.currencyWords.keys()), 'iu'),
      percent: /%|per\s*cent|percent/iu,
      score: /\d\s*[-–]\s*\d/u,
      scoreLine: /\d\s*[-–]\s*\d+\s+\(?\d+\s*[-–]\s*\d/u,
    },
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
      `${qualifier}(?<!\\p{L})(${alternation(lexicon.currencySymbols.keys())})\\s?(${DIGITS})(?:\\s*(${alternation(lexicon.multipliers.keys())})\\b)?`,
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
    score: new RegExp(`(?<![\\d.,:/-])(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})${SCORE_END}`, 'gu'),
    scoreLine: new RegExp(`(?<![\\d.,:/-])${SET}(?:\\s+${SET})+${SCORE_END}`, 'gu'),
  };
  compiled.set(lexicon, p);
  return p;
}
