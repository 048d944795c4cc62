import type { ArticleDoc, Mention, Sentence } from '../../domain.js';
import { analyseSpan, isSizeableTown } from './analyse-span.js';
import type { AnalysisContext, DraftMention, PendingWord } from './analyse-span.js';
import { capitalisedSpans } from './candidates.js';
import type { CandidateSpan } from './candidates.js';
import { loadGazetteer } from '../../knowledge/index.js';
import type { Gazetteer } from '../../knowledge/index.js';
import { loadKnowledge, lookupPhrase, spellingKey } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { compromiseSpans, winkSpans } from './nlp-candidates.js';
import { viewSentence } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import { EXTRACTOR_VERSION } from './version.js';

/** Which candidate generator proposes name spans. All share the same typing rules and knowledge. */
export type EntityApproach = 'rules' | 'compromise' | 'wink';

/** The approach that scored best on the gold set (see bench/compare-approaches.ts). */
export const DEFAULT_ENTITY_APPROACH: EntityApproach = 'rules';

export interface FindMentionsOptions {
  approach?: EntityApproach;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
  extractorVersion?: string;
}

/** The `extractor` label written on every entity fact for an approach. */
export function entityExtractorName(approach: EntityApproach): string {
  return approach === 'rules' ? 'rules/entities' : `${approach}+rules/entities`;
}

/** Countries named (or implied by a nationality) anywhere in the article. */
function countriesIn(views: SentenceView[], knowledge: Knowledge): Set<string> {
  const found = new Set<string>();
  for (const view of views) {
    for (const token of view.tokens) {
      if (!token.word || !token.capitalised) continue;
      const hit = lookupPhrase(knowledge, token.text);
      if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) found.add(hit.entry.countryCode);
    }
  }
  return found;
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

/** NLP spans plus the extractor's own spans for known names the library missed (demonyms, acronyms). */
function withKnownSpans(
  view: SentenceView,
  knowledge: Knowledge,
  text: string,
  spans: CandidateSpan[],
): CandidateSpan[] {
  const result = [...spans];
  for (const own of capitalisedSpans(view, knowledge)) {
    if (result.some((s) => overlaps(s, own))) continue;
    const first = view.tokens[own.from]!;
    const known = lookupPhrase(knowledge, text.slice(first.start, view.tokens[own.to - 1]!.end));
    const knownFirst = lookupPhrase(knowledge, first.text);
    if (known || knownFirst || first.allCaps) result.push(own);
  }
  return result.sort((a, b) => a.from - b.from);
}

function spansFor(
  approach: EntityApproach,
  article: ArticleDoc,
  views: SentenceView[],
  knowledge: Knowledge,
): CandidateSpan[][] {
  if (approach === 'rules') return views.map((view) => capitalisedSpans(view, knowledge));
  const nlpSpans = approach === 'compromise' ? compromiseSpans(article.text, views) : winkSpans(views);
  return views.map((view, i) => withKnownSpans(view, knowledge, article.text, nlpSpans[i] ?? []));
}

interface PendingInSentence extends PendingWord {
  sentence: number;
}

/**
 * Joins pending words that stand next to each other when together they form a name typed elsewhere
 * in the article ("Written by Hank Jirousek" in a title-case byline, "Hank Jirousek is …" later).
 */
function mergeAdjacent(
  pending: PendingInSentence[],
  text: string,
  byName: Map<string, DraftMention>,
): PendingInSentence[] {
  const out: PendingInSentence[] = [];
  let i = 0;
  while (i < pending.length) {
    let merged: PendingInSentence | undefined;
    for (let j = Math.min(pending.length - 1, i + 3); j > i; j -= 1) {
      const first = pending[i]!;
      const last = pending[j]!;
      if (last.sentence !== first.sentence) continue;
      let adjacent = true;
      for (let k = i; k < j; k += 1)
        if (!/^ $/.test(text.slice(pending[k]!.end, pending[k + 1]!.start))) adjacent = false;
      const joined = text.slice(first.start, last.end);
      if (adjacent && byName.has(joined)) {
        merged = { ...first, end: last.end, text: joined };
        i = j + 1;
        break;
      }
    }
    if (merged) out.push(merged);
    else {
      out.push(pending[i]!);
      i += 1;
    }
  }
  return out;
}

/**
 * Decides the single words left open by span analysis, with the whole article in view: the same
 * word typed elsewhere, the surname of a person named in full, an acronym in brackets after a name,
 * an unknown acronym, or a sizeable town in the gazetteer.
 */
function resolvePending(
  pending: PendingInSentence[],
  drafts: (DraftMention & { sentence: number })[],
  ctx: AnalysisContext,
): (DraftMention & { sentence: number })[] {
  const byName = new Map<string, DraftMention>();
  const surnames = new Map<string, DraftMention | null>();
  for (const d of drafts) {
    if (!d.viaDemonym && !byName.has(d.name)) byName.set(d.name, d);
    if (d.type === 'PERSON') {
      const parts = d.name.split(/\s+/);
      if (parts.length >= 2) {
        const surname = parts[parts.length - 1]!.replace(/^(?:al|el|bin|ibn)-/i, '');
        // '~' + the transliteration key: 'Gaddafi' after 'Muammar Qadhafi'.
        for (const key of new Set([parts[parts.length - 1]!, surname, `~${spellingKey(surname)}`])) {
          const seen = surnames.get(key);
          surnames.set(key, seen === undefined || seen?.name === d.name ? d : null);
        }
      }
    }
  }
  const byEnd = new Map<number, DraftMention>();
  for (const d of drafts) if (!byEnd.has(d.end)) byEnd.set(d.end, d);
  const out: (DraftMention & { sentence: number })[] = [];
  for (const p of mergeAdjacent(pending, ctx.text, byName)) {
    const base = { start: p.start, end: p.end, name: p.text, titles: [] as string[], sentence: p.sentence };
    const same = byName.get(p.text);
    if (same) {
      out.push({ ...base, kind: same.kind, type: same.type, confidence: 0.7, cue: 'same-name' });
      continue;
    }
    const person = surnames.get(p.text) ?? surnames.get(`~${spellingKey(p.text)}`);
    if (person) {
      out.push({ ...base, kind: 'ACTOR', type: 'PERSON', confidence: 0.75, cue: 'surname' });
      continue;
    }
    const bracket = /\s*\(\s*$/.exec(ctx.text.slice(Math.max(0, p.start - 6), p.start));
    const before = bracket ? byEnd.get(p.start - bracket[0].length) : undefined;
    if (before && /^\p{Lu}{2,}$/u.test(p.text)) {
      out.push({ ...base, kind: before.kind, type: before.type, confidence: 0.8, cue: 'bracketed-acronym' });
      continue;
    }
    if (/^\p{Lu}{4,}$/u.test(p.text)) {
      // A shouted town name, as in a dateline: "VANCOUVER (CP) -", "TEHRAN (Reuters) -"
      const town = ctx.gazetteer.lookup(p.text[0] + p.text.slice(1).toLowerCase(), ctx.articleCountries);
      if (town && town.population >= 100_000) {
        out.push({ ...base, kind: 'PLACE', type: 'CITY', confidence: 0.6, cue: 'dateline-town' });
        continue;
      }
    }
    if (p.initial) continue;
    if (/^\p{Lu}{3,}$/u.test(p.text) && !ctx.knowledge.nonEntities.has(p.text.toLowerCase())) {
      out.push({ ...base, kind: 'ACTOR', type: 'ORGANISATION', confidence: 0.45, cue: 'acronym' });
      continue;
    }
    // Without a place cue only a sizeable town counts: many surnames are also villages.
    const place = /^\p{Lu}+$/u.test(p.text) ? undefined : ctx.gazetteer.lookup(p.text, ctx.articleCountries);
    if (place && isSizeableTown(ctx, place)) {
      out.push({ ...base, kind: 'PLACE', type: 'CITY', confidence: 0.55, cue: 'gazetteer' });
      continue;
    }
    if (p.hint === 'PERSON')
      out.push({ ...base, kind: 'ACTOR', type: 'PERSON', confidence: 0.5, cue: 'nlp-person' });
    else if (p.hint === 'PLACE')
      out.push({ ...base, kind: 'PLACE', type: 'OTHER', confidence: 0.5, cue: 'nlp-place' });
    else if (p.hint === 'ORGANISATION') {
      out.push({ ...base, kind: 'ACTOR', type: 'ORGANISATION', confidence: 0.45, cue: 'nlp-organisation' });
    }
  }
  return out;
}

/**
 * Finds and types the names of actors and places in an article, each with its sentence and exact
 * character offsets. Known names come from the knowledge tables under `data/`; unknown names are
 * proposed by the chosen candidate generator and typed by cues (titles, speech verbs, head nouns,
 * place prepositions and the GeoNames gazetteer). Output is in text order and deterministic.
 */
export function findMentions(
  article: ArticleDoc,
  sentences: Sentence[],
  options: FindMentionsOptions = {},
): Mention[] {
  const approach = options.approach ?? DEFAULT_ENTITY_APPROACH;
  const knowledge = options.knowledge ?? loadKnowledge();
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const extractorVersion = options.extractorVersion ?? EXTRACTOR_VERSION;
  const extractor = entityExtractorName(approach);

  const views = sentences.map((s) => viewSentence(s, knowledge));
  const ctx: AnalysisContext = {
    text: article.text,
    knowledge,
    gazetteer,
    articleCountries: countriesIn(views, knowledge),
  };
  const spans = spansFor(approach, article, views, knowledge);
  const drafts: (DraftMention & { sentence: number })[] = [];
  const pending: PendingInSentence[] = [];
  views.forEach((view, i) => {
    for (const span of spans[i] ?? []) {
      const result = analyseSpan(ctx, view, span);
      for (const m of result.mentions) drafts.push({ ...m, sentence: i });
      for (const p of result.pending) pending.push({ ...p, sentence: i });
    }
  });
  drafts.push(...resolvePending(pending, drafts, ctx));
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);

  const mentions: Mention[] = [];
  let lastEnd = -1;
  let lastNested = false;
  for (const d of drafts) {
    // overlapping proposals: the earlier, longer one wins, unless both belong to one nested pair
    if (d.start < lastEnd && !(d.nested && lastNested)) continue;
    lastEnd = Math.max(lastEnd, d.end);
    lastNested = d.nested === true;
    const sentence = sentences[d.sentence]!;
    mentions.push({
      surface: article.text.slice(d.start, d.end),
      name: d.name,
      kind: d.kind,
      type: d.type,
      titles: d.titles,
      ...(d.viaDemonym !== undefined ? { viaDemonym: d.viaDemonym } : {}),
      evidence: {
        articleId: article.id,
        sentenceIndex: sentence.index,
        sentence: sentence.text,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        start: d.start,
        end: d.end,
        confidence: d.confidence,
        extractor,
        extractorVersion,
      },
    });
  }
  return mentions;
}
