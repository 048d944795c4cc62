import typing from '../../../knowledge/data/backbone-typing.json' with { type: 'json' };
import companyData from '../../../knowledge/data/companies.json' with { type: 'json' };
import titleData from '../../../knowledge/data/person-titles.json' with { type: 'json' };
import { wordClass } from '../word-classes.js';
import { articleGenre } from './article-genre.js';
import { CONFIDENCE } from './confidence.js';
import { isListedGivenName } from './given-names.js';
import type { DraftMention } from './span-types.js';

const SPORTS_WORDS = new Set(typing.sportsWords);
const BUSINESS_WORDS = new Set(typing.businessWords);
/** Business words needed, and their lead over sports words, before an article reads as company news. */
const BUSINESS_MIN = 3;

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\s+/g, '\\s+'))
    .join('|');
}

/** "Allied Domecq shares", "Pernod's last major purchase": up to two words between. */
const AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${alternation(companyData.contextCues.after)})\\b`,
);
/** "a takeover by (France's) Pernod Ricard", "market leader Diageo", "shares in Allied Domecq". */
const BEFORE = new RegExp(
  `\\b(?:${alternation(companyData.contextCues.before)})\\s+(?:the\\s+)?(?:[A-Z][\\w.]*['’]s\\s+)?$`,
);
/** "market leader Diageo": the title a company cue leaves on the name ("leader"). */
const CUE_TITLES = new Set(companyData.contextCues.before.map((c) => c.split(/\s+/).pop()!));
/** "Mr Ebbers", "Sir Paul": a courtesy title, capitalised as written before a name. */
const HONORIFIC = new RegExp(
  `\\b(?:${titleData.honorifics.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\.?\\s+$`,
);

/** True when the article reads as company news: enough business words, twice the sports words. */
function isBusinessReport(text: string): boolean {
  const genre = articleGenre(text, SPORTS_WORDS, BUSINESS_WORDS);
  return genre.business >= BUSINESS_MIN && genre.business > genre.sports * 2;
}

/** A person-typed name with no given name or surname first, which may be a firm ("Pernod Ricard"). */
function mayBeCompany(d: DraftMention): boolean {
  if (d.kind !== 'ACTOR' || d.type !== 'PERSON') return false;
  if (d.titles.some((t) => !CUE_TITLES.has(t.toLowerCase()))) return false;
  const first = d.name.split(/\s+/)[0]!;
  if (isListedGivenName(first)) return false;
  const cls = wordClass(first);
  return cls !== 'given-name' && cls !== 'surname';
}

/** The words of the names of people in the article that start with a given name ("Patrick Ricard"). */
function personWords(drafts: readonly DraftMention[]): Set<string> {
  const words = new Set<string>();
  for (const d of drafts) {
    if (d.kind !== 'ACTOR' || d.type !== 'PERSON' || mayBeCompany(d)) continue;
    for (const w of d.name.split(/\s+/)) words.add(w);
  }
  return words;
}

/**
 * In company news, a name typed as a person for its shape alone is a company when one of its
 * mentions has a company's words around it ("Allied Domecq shares", "a takeover by Pernod Ricard",
 * "market leader Diageo"), or when another rule typed one of its mentions a company: then every
 * mention of it, of its first or last word alone ("Pernod", "Domecq") and of names it begins
 * ("Pernod" → "Pernod Ricard"), is the company. Never a name that starts with a given name or a surname, that a title or honorific
 * precedes anywhere ("Mr Ebbers"), or whose words name a person in the article.
 */
export function companyNames<D extends DraftMention>(drafts: D[], text: string): D[] {
  if (!isBusinessReport(text)) return drafts;
  const people = personWords(drafts);
  const candidates = drafts.filter((d) => mayBeCompany(d) && !d.name.split(/\s+/).some((w) => people.has(w)));
  const honoured = new Set(
    candidates
      .filter((d) => HONORIFIC.test(text.slice(Math.max(0, d.start - 8), d.start)))
      .map((d) => d.name),
  );
  // one sense per article: a name another rule typed as a company ("IT firm Dimension Data")
  const companies = new Set(
    drafts.filter((d) => d.kind === 'ACTOR' && d.type === 'COMPANY').map((d) => d.name),
  );
  for (const d of candidates) {
    if (honoured.has(d.name)) continue;
    const cued =
      AFTER.test(text.slice(d.end, d.end + 50)) ||
      BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start));
    if (cued) {
      companies.add(d.name);
      const words = d.name.split(/\s+/);
      companies.add(words[0]!);
      companies.add(words[words.length - 1]!);
    }
  }
  const isCompany = (name: string): boolean => companies.has(name) || companies.has(name.split(/\s+/)[0]!);
  if (!candidates.some((d) => isCompany(d.name))) return drafts;
  return drafts.map((d) =>
    candidates.includes(d) && isCompany(d.name) && !honoured.has(d.name)
      ? {
          ...d,
          type: 'COMPANY',
          cue: 'company-in-business-report',
          confidence: Math.max(d.confidence, CONFIDENCE.clubInMatchReport),
        }
      : d,
  );
}
