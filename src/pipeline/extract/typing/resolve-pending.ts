import { loadWordLists, spellingKey } from '../../../knowledge/index.js';
import { usedAsThing } from './acronym-uses.js';
import { listNeighbour } from './list-neighbour.js';
import { resolveSpeakerWords } from './speaker-words.js';
import { CONFIDENCE } from './confidence.js';
import { isSizeableTown } from './place-cues.js';
import type { AnalysisContext, DraftMention, PendingWord } from './span-types.js';

/** "al-" of "al-Assad", dropped to find a surname (`src/knowledge/data/name-words.json`). */
const SURNAME_PREFIX = loadWordLists().name.surnamePrefix;

/** A pending word and the index of its sentence. */
export interface PendingInSentence extends PendingWord {
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
export function resolvePending(
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
        const surname = parts[parts.length - 1]!.replace(SURNAME_PREFIX, '');
        // '~' + the transliteration key: 'Gaddafi' after 'Muammar Qadhafi'.
        for (const key of new Set([parts[parts.length - 1]!, surname, `~${spellingKey(surname)}`])) {
          const seen = surnames.get(key);
          surnames.set(key, seen === undefined || seen?.name === d.name ? d : null);
        }
      }
    }
  }
  const byEnd = new Map<number, DraftMention>();
  const byStart = new Map<number, DraftMention>();
  for (const d of drafts) if (!byEnd.has(d.end)) byEnd.set(d.end, d);
  for (const d of drafts) if (!byStart.has(d.start)) byStart.set(d.start, d);
  const out: (DraftMention & { sentence: number })[] = [];
  // Single-word speakers first, so that the same word elsewhere follows them ('says Juninho', 'Juninho was').
  for (const d of resolveSpeakerWords(pending, {
    byName,
    surnames,
    drafts,
    isTown: (word) => {
      const place = ctx.gazetteer.lookup(word, ctx.articleCountries);
      return place !== undefined && isSizeableTown(ctx, place);
    },
  })) {
    out.push(d);
    if (!byName.has(d.name)) byName.set(d.name, d);
  }
  for (const p of mergeAdjacent(
    pending.filter((w) => !w.speaker),
    ctx.text,
    byName,
  )) {
    const base = { start: p.start, end: p.end, name: p.text, titles: [] as string[], sentence: p.sentence };
    const same = byName.get(p.text);
    if (same) {
      out.push({
        ...base,
        kind: same.kind,
        type: same.type,
        confidence: CONFIDENCE.sameName,
        cue: 'same-name',
      });
      continue;
    }
    const person = surnames.get(p.text) ?? surnames.get(`~${spellingKey(p.text)}`);
    if (person) {
      out.push({ ...base, kind: 'ACTOR', type: 'PERSON', confidence: CONFIDENCE.surname, cue: 'surname' });
      continue;
    }
    const bracket = /\s*\(\s*$/.exec(ctx.text.slice(Math.max(0, p.start - 6), p.start));
    const before = bracket ? byEnd.get(p.start - bracket[0].length) : undefined;
    if (before && /^\p{Lu}{2,}$/u.test(p.text)) {
      out.push({
        ...base,
        kind: before.kind,
        type: before.type,
        confidence: CONFIDENCE.bracketedAcronym,
        cue: 'bracketed-acronym',
      });
      continue;
    }
    if (/^\p{Lu}{4,}$/u.test(p.text)) {
      // A shouted town name, as in a dateline: "VANCOUVER (CP) -", "TEHRAN (Reuters) -"
      const town = ctx.gazetteer.lookup(p.text[0] + p.text.slice(1).toLowerCase(), ctx.articleCountries);
      if (town && town.population >= 100_000) {
        out.push({
          ...base,
          kind: 'PLACE',
          type: 'CITY',
          confidence: CONFIDENCE.datelineTown,
          cue: 'dateline-town',
        });
        continue;
      }
    }
    if (p.initial) continue;
    // "RFID tags", "the VAT system": an acronym for a thing, not an actor
    const thing = /^\p{Lu}{2,}$/u.test(p.text) && usedAsThing(ctx.text, p.text, ctx.knowledge);
    if (thing) continue;
    const neighbour = listNeighbour(ctx.text, p.start, p.end, byEnd, byStart);
    if (neighbour && neighbour.type !== 'STATE' && neighbour.type !== 'PERSON') {
      out.push({
        ...base,
        kind: 'ACTOR',
        type: neighbour.type,
        confidence: CONFIDENCE.listItem,
        cue: 'list-item',
      });
      continue;
    }
    if (/^\p{Lu}{3,}$/u.test(p.text) && !ctx.knowledge.nonEntities.has(p.text.toLowerCase())) {
      out.push({
        ...base,
        kind: 'ACTOR',
        type: 'ORGANISATION',
        confidence: CONFIDENCE.acronym,
        cue: 'acronym',
      });
      continue;
    }
    // Without a place cue only a sizeable town counts: many surnames are also villages.
    const place = /^\p{Lu}+$/u.test(p.text) ? undefined : ctx.gazetteer.lookup(p.text, ctx.articleCountries);
    if (place && isSizeableTown(ctx, place)) {
      out.push({
        ...base,
        kind: 'PLACE',
        type: 'CITY',
        confidence: CONFIDENCE.pendingGazetteer,
        cue: 'gazetteer',
      });
      continue;
    }
    if (p.hint === 'PERSON')
      out.push({
        ...base,
        kind: 'ACTOR',
        type: 'PERSON',
        confidence: CONFIDENCE.pendingNlpPerson,
        cue: 'nlp-person',
      });
    else if (p.hint === 'PLACE')
      out.push({
        ...base,
        kind: 'PLACE',
        type: 'OTHER',
        confidence: CONFIDENCE.pendingNlpPlace,
        cue: 'nlp-place',
      });
    else if (p.hint === 'ORGANISATION') {
      out.push({
        ...base,
        kind: 'ACTOR',
        type: 'ORGANISATION',
        confidence: CONFIDENCE.pendingNlpOrganisation,
        cue: 'nlp-organisation',
      });
    }
  }
  return out;
}
