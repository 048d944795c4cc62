import type { ActorType, Mention } from '../../domain.js';
import { lookupPhrase, spellingKey } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { initialsOf, stripArticle, surnameKeys } from './name-keys.js';
import { tailKeys } from './name-tails.js';
import { remember } from './resolve-state.js';

/** The names one article writes in full, under the short forms that may stand for them. */
export interface ArticleNames {
  /** Codes of the countries the article names (to pick among gazetteer homonyms). */
  countries: Set<string>;
  /** Surname key → full personal names with it. */
  fullNames: Map<string, Set<string>>;
  /** Initials → multi-word organisation names that spell them. */
  initials: Map<string, Set<string>>;
  /** Transliteration key → the first spelling of that full personal name. */
  spellings: Map<string, string>;
  /** Given name → full personal names it begins. */
  givenNames: Map<string, Set<string>>;
  /** Each organisation name indexed under `initials` → the type its first mention has. */
  typeOfName: Map<string, ActorType>;
  /** Tail key (`tailKeys`) → the longer organisation names with that tail. */
  tails: Map<string, Set<string>>;
  /** First word → the multi-word organisation names it begins ("Cairn" → "Cairn Energy"). */
  heads: Map<string, Set<string>>;
}

/** Indexes one article's mentions for the short-form, spelling and gazetteer rules. */
export function collectArticleNames(mentions: Mention[], knowledge: Knowledge): ArticleNames {
  const countries = new Set<string>();
  for (const m of mentions) {
    const hit = m.viaDemonym ? lookupPhrase(knowledge, m.viaDemonym) : lookupPhrase(knowledge, m.name);
    if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) countries.add(hit.entry.countryCode);
  }
  const fullNames = new Map<string, Set<string>>();
  const initials = new Map<string, Set<string>>();
  const spellings = new Map<string, string>();
  const givenNames = new Map<string, Set<string>>();
  const typeOfName = new Map<string, ActorType>();
  const tails = new Map<string, Set<string>>();
  const heads = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'ACTOR') continue;
    if (m.type === 'PERSON' && m.name.includes(' ')) {
      const key = spellingKey(m.name);
      if (!spellings.has(key)) spellings.set(key, m.name);
      remember(givenNames, m.name.split(/\s+/)[0]!, spellings.get(key)!);
    }
    if (m.type === 'PERSON')
      for (const key of surnameKeys(m.name))
        remember(fullNames, key, spellings.get(spellingKey(m.name)) ?? m.name);
    else if (m.name.split(/\s+/).length >= 2) {
      remember(initials, initialsOf(stripArticle(m.name)), m.name);
      if (!typeOfName.has(m.name)) typeOfName.set(m.name, m.type as ActorType);
      for (const key of tailKeys(knowledge, m.type as ActorType, m.name)) remember(tails, key, m.name);
      if (m.type !== 'STATE') remember(heads, stripArticle(m.name).split(/\s+/)[0]!, stripArticle(m.name));
    }
  }
  return { countries, fullNames, initials, spellings, givenNames, typeOfName, tails, heads };
}
