import { CONFIDENCE } from './confidence.js';
import type { DraftMention } from './span-types.js';

/** Cues that make a word a town only because the gazetteer knows it. */
const GAZETTEER_CUES = new Set(['gazetteer', 'gazetteer-locative', 'same-name']);

/**
 * A single word the gazetteer made a town is the person when it is the surname of exactly one person
 * named in full in the article ("Craig Bellamy … according to Bellamy's agent"): many surnames are also
 * villages. After "in" it stays a place ("a hotel in Bellamy").
 */
export function surnamesOverTowns<D extends DraftMention>(drafts: D[], text: string): D[] {
  const people = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.kind !== 'ACTOR' || d.type !== 'PERSON') continue;
    const parts = d.name.split(/\s+/);
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1]!;
    people.set(surname, (people.get(surname) ?? new Set()).add(d.name));
  }
  if (people.size === 0) return drafts;
  return drafts.map((d) => {
    if (d.kind !== 'PLACE' || !GAZETTEER_CUES.has(d.cue) || people.get(d.name)?.size !== 1) return d;
    if (/\bin\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start))) return d;
    return { ...d, kind: 'ACTOR', type: 'PERSON', confidence: CONFIDENCE.surname, cue: 'surname' };
  });
}
