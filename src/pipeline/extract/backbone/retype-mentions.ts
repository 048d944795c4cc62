import type { ActorType, ArticleDoc, Mention, Sentence } from '../../../domain.js';
import type { ParsedEntity, ParsedSentence } from '../../../nlp/index.js';
import { isListedGivenName } from '../typing/given-names.js';
import { endsLikeEventOrProduct, textAfterWorkCue } from '../typing/not-actor-cues.js';
import type { BackboneKnowledge } from './backbone-knowledge.js';
import { articleGenre, organisationType, type ArticleGenre } from './org-type.js';

/** The `extractor` label on mentions the backbone changed or added. */
export const BACKBONE_ENTITY_EXTRACTOR = 'corenlp+rules/entities';

/** Entity spans that name something: CoreNLP also lists pronouns ('he') as PERSON mentions, with 'O' tokens. */
function namedEntities(parsed: ParsedSentence): ParsedEntity[] {
  return parsed.entities.filter((e) =>
    parsed.tokens.slice(e.tokenStart, e.tokenEnd).some((t) => t.ner !== 'O' && /^\p{Lu}/u.test(t.text)),
  );
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when the name is the title of a work: right after a work noun ('the song Hey Jude'), or quoted after one. */
function isWorkTitle(text: string, start: number, knowledge: BackboneKnowledge): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const cue = /([\p{L}-]+)[\s,]*["“‘']?\s*$/u.exec(before)?.[1]?.toLowerCase();
  return cue !== undefined && knowledge.workCues.has(cue);
}

/** The entity over a mention: a person or organisation before other classes, then the widest overlap. */
function bestEntity(entities: ParsedEntity[], m: Mention): ParsedEntity | undefined {
  const named = (e: ParsedEntity) => (e.ner === 'PERSON' || e.ner === 'ORGANIZATION' ? 1 : 0);
  const overlap = (e: ParsedEntity) => Math.min(e.end, m.evidence.end) - Math.max(e.start, m.evidence.start);
  return entities
    .filter((e) => overlaps(e, m.evidence))
    .sort((a, b) => named(b) - named(a) || overlap(b) - overlap(a))[0];
}

/** Places found by the gazetteer alone carry at most this confidence; CoreNLP may overrule those only. */
const WEAK_PLACE = 0.6;
/** A place right after one of these stays a place, whatever CoreNLP says ('in Raqqa', 'of Deir Ezzor'). */
const PLACE_PREPOSITION = /\b(?:in|of|at|near|from|to|into|outside|around|towards?)\s+(?:the\s+)?$/i;

/** Below this, a rule actor that CoreNLP reads as MISC (an event, a competition, a nationality) is dropped. */
const KEEP_AGAINST_MISC = 0.85;

/** An organisation the rules left untyped whose name ends like a company, a club or an outlet ('… Inc', '… United'). */
function byNameEnding(m: Mention, k: BackboneKnowledge): Mention {
  if (m.kind !== 'ACTOR' || m.type !== 'ORGANISATION') return m;
  const last = m.name.toLowerCase().replace(/\.$/, '').split(/\s+/).pop() ?? '';
  const type = m.name.includes(' ') ? k.nameEndings.get(last) : undefined;
  return type ? relabel(m, { type }) : m;
}

function relabel(m: Mention, change: Partial<Mention>, confidence?: number): Mention {
  return {
    ...m,
    ...change,
    evidence: {
      ...m.evidence,
      ...(change.evidence ?? {}),
      extractor: BACKBONE_ENTITY_EXTRACTOR,
      confidence: confidence ?? m.evidence.confidence,
    },
  };
}

function actorTypeOf(
  entity: ParsedEntity,
  parsed: ParsedSentence,
  genre: ArticleGenre,
  k: BackboneKnowledge,
): ActorType | undefined {
  if (entity.ner === 'PERSON') return 'PERSON';
  if (entity.ner === 'ORGANIZATION') return organisationType(entity, parsed, genre, k);
  return undefined;
}

/**
 * A two-word person's name led by a listed given name ('Angelina Jolie') keeps its reading against
 * CoreNLP's ORGANIZATION when nothing says what kind of organisation it would be.
 */
function givenNamePerson(m: Mention, type: ActorType): boolean {
  const words = m.name.split(/\s+/);
  return type === 'ORGANISATION' && words.length === 2 && isListedGivenName(words[0]!);
}

/** One rule mention checked against CoreNLP's entity over it; undefined drops it (a work's title). */
function retypeOne(
  m: Mention,
  entity: ParsedEntity | undefined,
  parsed: ParsedSentence,
  article: ArticleDoc,
  genre: ArticleGenre,
  k: BackboneKnowledge,
): Mention | undefined {
  const { text } = article;
  if (m.kind === 'ACTOR' && isWorkTitle(text, m.evidence.start, k)) return undefined;
  if (!entity) return m;
  let out = m;
  const e = entity;
  // 'Bill Gates' where the rules kept 'Gates'; the name grows to CoreNLP's span.
  if (
    e.ner === 'PERSON' &&
    e.start <= m.evidence.start &&
    e.end >= m.evidence.end &&
    e.end - e.start > m.evidence.end - m.evidence.start
  ) {
    out = relabel(out, {
      surface: e.text,
      name: e.text,
      kind: 'ACTOR',
      type: 'PERSON',
      evidence: { ...out.evidence, start: e.start, end: e.end },
    });
  }
  // 'Backbencher Bob Marshall-Andrews', 'Fly-half Charlie Hodgson', 'US-based Cisco': the words before the entity are a title.
  if (
    e.start > out.evidence.start &&
    e.end <= out.evidence.end + 1 &&
    (e.ner === 'PERSON' || e.ner === 'ORGANIZATION')
  ) {
    const lead = parsed.tokens.filter((t) => t.start >= out.evidence.start && t.end <= e.start);
    // A demonym before a person is a description ('Russian Irina Shevchenko'); before an organisation it is
    // part of the name ('Russian Defense Ministry').
    const prefix = (ner: string) =>
      ner === 'O' || (e.ner === 'PERSON' && (ner === 'MISC' || ner === 'LOCATION'));
    if (lead.length > 0 && lead.every((t) => prefix(t.ner))) {
      const title = text.slice(out.evidence.start, e.start).trim();
      out = relabel(out, {
        surface: e.text,
        name: e.text,
        titles: [...out.titles, title],
        ...(e.ner === 'PERSON' ? { kind: 'ACTOR' as const, type: 'PERSON' as const } : {}),
        evidence: { ...out.evidence, start: e.start, end: e.end },
      });
    }
  }
  // 'Birmingham Grand Prix', 'European Indoors': CoreNLP's MISC over the whole name is not an actor.
  if (
    e.ner === 'MISC' &&
    out.kind === 'ACTOR' &&
    out.type === 'PERSON' &&
    out.evidence.confidence < KEEP_AGAINST_MISC &&
    e.start <= out.evidence.start &&
    e.end >= out.evidence.end
  ) {
    return undefined;
  }
  const type = actorTypeOf(e, parsed, genre, k);
  // 'Delta Air Lines Inc.' against the rules' 'Delta Air Lines Inc': a full stop does not make two names.
  const exact =
    e.start === out.evidence.start &&
    (e.end === out.evidence.end || (e.end === out.evidence.end + 1 && text[e.end - 1] === '.'));
  if (!type || !exact) return out;
  if (
    out.kind === 'PLACE' &&
    out.evidence.confidence <= WEAK_PLACE &&
    (out.type === 'CITY' || out.type === 'SITE' || out.type === 'OTHER') &&
    // A site CoreNLP calls an organisation is a monument ('Lion of Al-lat'); one it calls a person is a
    // person whose name ends like a site ('Wayne Bridge', 'Thomas Haden Church').
    (out.type !== 'SITE' || type === 'PERSON') &&
    !PLACE_PREPOSITION.test(text.slice(Math.max(0, out.evidence.start - 12), out.evidence.start))
  ) {
    // 'Wayne Bridge', 'Thomas Haden Church', 'Cisco': a bare gazetteer hit that CoreNLP reads as a person or organisation.
    return relabel(out, { kind: 'ACTOR', type }, 0.7);
  }
  if (out.kind === 'ACTOR' && out.type === 'PERSON' && type !== 'PERSON' && !givenNamePerson(out, type))
    return relabel(out, { type }, 0.7);
  if (out.kind === 'ACTOR' && out.type === 'ORGANISATION' && type !== 'ORGANISATION' && type !== 'PERSON')
    return relabel(out, { type });
  if (
    out.kind === 'ACTOR' &&
    type === 'PERSON' &&
    out.type === 'ORGANISATION' &&
    out.evidence.confidence < 0.7
  )
    return relabel(out, { type }, 0.65);
  return out;
}

/**
 * Corrects the rules' mentions with CoreNLP's NER on the parsed sentences: names grown to the full
 * person ('Bill Gates'), titles and prefixes split off ('Fly-half'), organisations typed as companies,
 * sports teams or media by their name, the parse and the article's genre, gazetteer places that are
 * people, works' titles dropped, and people and organisations the rules missed added. Sentences without
 * a parse keep the rules' mentions.
 */
export function retypeMentions(
  article: ArticleDoc,
  sentences: Sentence[],
  mentions: Mention[],
  parsed: Map<number, ParsedSentence>,
  knowledge: BackboneKnowledge,
  extractorVersion: string,
): Mention[] {
  const genre = articleGenre(article.text, knowledge);
  const out: Mention[] = [];
  for (const rule of mentions) {
    const m = byNameEnding(rule, knowledge);
    const p = parsed.get(m.evidence.sentenceIndex);
    if (!p) {
      out.push(m);
      continue;
    }
    const entity = bestEntity(namedEntities(p), m);
    const kept = retypeOne(m, entity, p, article, genre, knowledge);
    if (kept) out.push(kept);
  }
  for (const p of parsed.values()) {
    const sentence = sentences[p.sentenceIndex];
    if (!sentence) continue;
    for (const e of namedEntities(p)) {
      if (out.some((m) => overlaps(m.evidence, e)) || isWorkTitle(article.text, e.start, knowledge)) continue;
      // 'New York Marathon', 'Media Player': competitions and products the rules left out stay out
      if (endsLikeEventOrProduct(e.text) || textAfterWorkCue(article.text, e.start)) continue;
      const type = actorTypeOf(e, p, genre, knowledge);
      // Single words are where CoreNLP's guesses go wrong most; an organisation needs a cue to its type too
      // (products and programs are ORGANIZATION to it: 'Mac OS X').
      if (!type || e.tokenEnd - e.tokenStart < 2 || type === 'ORGANISATION') continue;
      out.push({
        surface: e.text,
        name: e.text,
        kind: 'ACTOR',
        type,
        titles: [],
        evidence: {
          articleId: article.id,
          sentenceIndex: sentence.index,
          sentence: sentence.text,
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
          start: e.start,
          end: e.end,
          confidence: 0.6,
          extractor: BACKBONE_ENTITY_EXTRACTOR,
          extractorVersion,
        },
      });
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end);
}
