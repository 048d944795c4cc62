import connectors from '../../../knowledge/data/typing-connectors.json' with { type: 'json' };
import type { ActorType } from '../../../domain.js';
import type { CountryEntry } from '../../../knowledge/index.js';
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { CONFIDENCE } from './confidence.js';
import { isTitleWord, phraseAt } from './span-tokens.js';
import type { AnalysisContext, DraftMention } from './span-types.js';

const COORDINATORS = new Set(connectors.coordinators);

/** What the nouns after a nationality word or country name make of it. */
export type NounsAfter =
  { kind: 'body'; suffix: string; to: number } | { kind: 'state'; to: number } | { kind: 'none' };

/** The demonym used to name a country's bodies ("Syrian Armed Forces"). */
export function demonymOf(entry: CountryEntry): string {
  return entry.demonyms[0] ?? entry.name;
}

/** A military institution ("Army", "Air Force", "General Staff") or another body of the state. */
export function bodyType(ctx: AnalysisContext, suffix: string): ActorType {
  return ctx.knowledge.spanCues.militaryBody.test(suffix) ? 'MILITARY' : 'GOVERNMENT_BODY';
}

/**
 * Reads the nouns after a nationality word or country name and says what the phrase stands for:
 * an institution of the state ("Syrian [army]", "Russian [Defense Ministry]", "Russian [Air Force]"),
 * the state itself acting ("Russian [airstrikes]", "Syrian [forces]", "the Syrian [government]"), or
 * nothing ("Syrian [President]", "the Syrian [desert]"). "Syrian and Russian forces" gives "forces" to both.
 */
export function nounsAfter(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  capitalisedTo: number,
  titleCase = false,
): NounsAfter {
  let k = from;
  let coordinated = false;
  for (let hops = 0; hops < 2; hops += 1) {
    const joiner = lowerOf(tokens[k]);
    if (COORDINATORS.has(joiner) && tokens[k + 1]?.capitalised) {
      const next = phraseAt(ctx, tokens, k + 1, tokens.length);
      if (next && (next.hit.kind === 'demonym' || next.hit.kind === 'country')) {
        k = next.to;
        coordinated = true;
        continue;
      }
    }
    break;
  }
  const words: Token[] = [];
  for (let t = k; t < tokens.length && words.length < 3; t += 1) {
    const token = tokens[t]!;
    if (!token.word) break;
    // a capitalised word after the span starts another name
    if (token.capitalised && t >= capitalisedTo && !coordinated && !titleCase) break;
    words.push(token);
  }
  const { bodyNouns, stateNouns, capitalisedOnlyBodyNouns } = ctx.knowledge;
  for (let n = words.length; n > 0; n -= 1) {
    const phrase = words.slice(0, n).map(lowerOf).join(' ');
    const end = coordinated ? from : k + n;
    const body = bodyNouns.get(phrase);
    const capitalised = !titleCase && words.slice(0, n).every((w) => w.capitalised);
    if (body !== undefined && (!capitalisedOnlyBodyNouns.has(phrase) || capitalised)) {
      // "an Iraqi police commissioner": a lower-case body before a title describes the person
      const after = tokens[k + n];
      if (!capitalised && after?.word && !after.capitalised && isTitleWord(ctx.knowledge, after)) {
        return { kind: 'none' };
      }
      return body === null ? { kind: 'none' } : { kind: 'body', suffix: body, to: end };
    }
    if (stateNouns.has(phrase)) return { kind: 'state', to: end };
  }
  return { kind: 'none' };
}

/**
 * "<country>'s <lower-case words ending in an organisation head noun>": an institution of that country
 * ("Syria's general command", "Russia's defence ministry"), named "<demonym> <Head Words>", not the
 * country itself. Generic nouns that stand for the state ("Syria's government", "Russia's forces") and
 * place nouns ("Syria's civil war") are left to the country rules.
 */
export function possessiveBody(
  ctx: AnalysisContext,
  tokens: Token[],
  countryTo: number,
  entry: CountryEntry,
): DraftMention | undefined {
  const owner = tokens[countryTo - 1]!;
  if (!owner.possessive) return undefined;
  const words: Token[] = [];
  for (let t = countryTo; t < tokens.length && words.length < 3; t += 1) {
    const token = tokens[t]!;
    if (!token.word || token.capitalised) break;
    // "Britain's biggest union", "Syria's main opposition party": a description, not a name
    if (/est$/.test(lowerOf(token)) || ctx.knowledge.spanCues.descriptiveModifiers.has(lowerOf(token)))
      return undefined;
    words.push(token);
  }
  for (let n = words.length; n > 0; n -= 1) {
    const phrase = words.slice(0, n).map(lowerOf);
    const head = phrase[phrase.length - 1]!;
    const type = ctx.knowledge.actorHeads.get(head);
    if (type === undefined || type === 'PERSON' || type === 'STATE') continue;
    if (ctx.knowledge.stateNouns.has(phrase.join(' ')) || ctx.knowledge.stateNouns.has(head))
      return undefined;
    const start = tokens[countryTo - 1]!.start;
    const end = words[n - 1]!.end;
    const title = phrase.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    return {
      start,
      end,
      name: `${demonymOf(entry)} ${title}`,
      kind: 'ACTOR',
      type,
      titles: [],
      confidence: CONFIDENCE.possessiveBody,
      cue: 'possessive-body',
    };
  }
  return undefined;
}
