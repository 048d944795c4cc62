import type { ActorType } from '../../../domain.js';
import type { ParsedEntity, ParsedSentence } from '../../../nlp/index.js';
import { articleGenre as countGenre, readsAsMatchReport } from '../typing/article-genre.js';
import type { ArticleGenre } from '../typing/article-genre.js';
import type { BackboneKnowledge } from './backbone-knowledge.js';

export type { ArticleGenre };

/** Counts sports and business words over the article's words. */
export function articleGenre(text: string, knowledge: BackboneKnowledge): ArticleGenre {
  return countGenre(text, knowledge.sportsWords, knowledge.businessWords);
}

/** Business words needed (times three), and their lead over sports words, before an organisation with no cue of its own is a company. */
const GENRE_MIN = 4;

/**
 * The actor type of an organisation CoreNLP found, in this order: the last word of its name ('Deutsche
 * Bank', 'Aston Villa'), a type noun attached to it in the parse ('the club', 'Goldman Sachs, the bank',
 * 'the Reuters news agency'), then the article's genre; else ORGANISATION.
 */
export function organisationType(
  entity: Pick<ParsedEntity, 'text' | 'tokenStart' | 'tokenEnd'>,
  parsed: ParsedSentence,
  genre: ArticleGenre,
  knowledge: BackboneKnowledge,
): ActorType {
  const words = entity.text.toLowerCase().replace(/\.$/, '').split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const ending = knowledge.nameEndings.get(last) ?? knowledge.headNouns.get(last);
  if (ending) return ending;
  const inside = (i: number) => i >= entity.tokenStart && i < entity.tokenEnd;
  for (const d of parsed.dependencies) {
    if (!['appos', 'compound', 'nmod', 'amod', 'nsubj'].includes(d.rel) && !d.rel.startsWith('nmod'))
      continue;
    const other =
      inside(d.head) && !inside(d.dependent)
        ? d.dependent
        : inside(d.dependent) && !inside(d.head)
          ? d.head
          : -1;
    const token = parsed.tokens[other];
    if (!token || !/^NN/.test(token.pos)) continue;
    const type = knowledge.headNouns.get(token.lemma.toLowerCase());
    if (type && (d.rel === 'appos' || d.rel === 'compound')) return type;
    // 'Apple's software', 'Apple shares': the organisation owns a business thing.
    if (
      (d.rel === 'nmod:poss' || d.rel === 'compound') &&
      inside(d.dependent) &&
      knowledge.businessWords.has(token.lemma.toLowerCase())
    ) {
      return 'COMPANY';
    }
  }
  // Match reports name few organisations but clubs; business words are common in any news, so they need more.
  if (readsAsMatchReport(genre)) return 'SPORTS_TEAM';
  if (genre.business >= GENRE_MIN * 3 && genre.business > genre.sports * 4) return 'COMPANY';
  return 'ORGANISATION';
}
