import type { ActorType } from '../../domain.js';
import { lookupPhrase } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Decision } from './decision.js';
import { actorId } from './ids.js';
import type { ResolveState } from './resolve-state.js';
import { uniqueId } from './resolve-state.js';

/** The key of a non-person name of one type: "ARMED_GROUP|freedom falcons". */
export function nameKey(type: ActorType, name: string): string {
  return `${type}|${name.toLowerCase()}`;
}

/**
 * The shorter names an organisation's full name may be written as: what is left after a leading
 * place or nationality ("Kurdistan Freedom Falcons" → "Freedom Falcons"), at least two words, and
 * not ending in a generic head noun ("Scottish National Party" gives no "National Party", which
 * names other parties too). People give none.
 */
export function tailKeys(knowledge: Knowledge, type: ActorType, name: string): string[] {
  if (type === 'PERSON' || type === 'STATE') return [];
  const words = name.split(/\s+/);
  const keys: string[] = [];
  for (let cut = 1; cut <= words.length - 2; cut += 1) {
    const lead = lookupPhrase(knowledge, words.slice(0, cut).join(' '));
    if (lead === undefined || lead.kind === 'organisation') continue;
    const last = words[words.length - 1]!.toLowerCase();
    if (knowledge.actorHeads.has(last) || knowledge.mediaHeads.has(last)) continue;
    keys.push(nameKey(type, words.slice(cut).join(' ')));
  }
  return keys;
}

/** Where the tail rule looks for the longer (or shorter) name: this article, then earlier ones. */
export interface TailContext {
  knowledge: Knowledge;
  /** This article's full names by their tail keys. */
  localTails: Map<string, Set<string>>;
  state: ResolveState;
}

/**
 * A multi-word organisation name that is the tail of one longer name of the same type (in this
 * article, else in one earlier article of the run) joins it: "Freedom Falcons" → "Kurdistan Freedom
 * Falcons"; and a longer name whose tail an earlier article used alone joins that entity. Never for
 * people, and only when there is exactly one candidate.
 */
export function decideNameTail(name: string, type: ActorType, ctx: TailContext): Decision | undefined {
  if (type === 'PERSON' || !name.includes(' ')) return undefined;
  const key = nameKey(type, name);
  const local = ctx.localTails.get(key);
  if (local && local.size === 1) {
    const longer = [...local][0]!;
    // the longer name may itself have joined an earlier article's shorter one
    const joined = shorterEarlier(longer, type, ctx);
    if (joined) return { ...joined, rule: 'name-tail', aliases: [name] };
    return {
      id: actorId(longer),
      rule: 'name-tail',
      canonical: longer,
      kind: 'ACTOR',
      type,
      aliases: [name],
    };
  }
  if (local) return undefined;
  const earlier = uniqueId(ctx.state.actorsByTail.get(key));
  if (earlier !== undefined) {
    const canonical = ctx.state.actorNames.get(earlier) ?? name;
    return { id: earlier, rule: EARLIER, canonical, kind: 'ACTOR', type, aliases: [name] };
  }
  return shorterEarlier(name, type, ctx);
}

const EARLIER = 'name-tail-earlier-article';

/** The one entity an earlier article named by a tail of `name` alone ("Freedom Falcons"). */
function shorterEarlier(name: string, type: ActorType, ctx: TailContext): Decision | undefined {
  const ids = new Set<string>();
  for (const tail of tailKeys(ctx.knowledge, type, name))
    for (const id of ctx.state.actorsByName.get(tail) ?? []) ids.add(id);
  const shorter = uniqueId(ids);
  if (shorter === undefined) return undefined;
  const canonical = ctx.state.actorNames.get(shorter) ?? name;
  return { id: shorter, rule: EARLIER, canonical, kind: 'ACTOR', type, aliases: [name] };
}

/**
 * The longer organisation name a one-word name stands for: "Cairn" → "Cairn Energy", "Multiplex" →
 * "Multiplex Group", when the word begins exactly one longer non-person name of this article (not
 * "LG" of both "LG Card" and "LG Group"). Never for people or states, nor for a word that is a head
 * noun or a known name itself ("Treasury", "Kurdistan").
 */
export function nameHeadOf(
  knowledge: Knowledge,
  name: string,
  type: ActorType,
  names: { heads: Map<string, Set<string>>; typeOfName: Map<string, ActorType> },
): { name: string; type: ActorType } | undefined {
  if (type === 'PERSON' || type === 'STATE' || /\s/.test(name)) return undefined;
  // 'the Treasury' is no short form of 'Treasury Select Committee', nor 'Kurdistan' of its parties.
  const lower = name.toLowerCase();
  if (knowledge.actorHeads.has(lower) || knowledge.bodiesNamedAlone.has(lower)) return undefined;
  if (knowledge.mediaHeads.has(lower) || lookupPhrase(knowledge, name) !== undefined) return undefined;
  const { heads, typeOfName } = names;
  const longer = heads.get(name);
  if (!longer || longer.size !== 1) return undefined;
  const full = [...longer][0]!;
  if (!/\s/.test(full.trim())) return undefined;
  const longerType =
    typeOfName.get(full) ?? typeOfName.get(`the ${full}`) ?? typeOfName.get(`The ${full}`) ?? type;
  if (longerType === 'PERSON' || longerType === 'STATE') return undefined;
  return { name: full, type: longerType };
}
