import type { ActorType, Mention } from '../../domain.js';
import { lookupPhrase } from '../../knowledge/index.js';
import type { CountryEntry, Knowledge } from '../../knowledge/index.js';
import type { Decision } from './decision.js';
import { decideNationalTeam } from './decide-team.js';
import { decideSingleName, decideSpellingVariant, viaShortForm } from './decide-person.js';
import type { ShortFormContext } from './decide-person.js';
import { actorId } from './ids.js';
import { ACRONYM, stripArticle } from './name-keys.js';
import { decideNameTail, nameHeadOf } from './name-tails.js';
import { tableDecision, tableRule } from './table-decision.js';

/** The name an actor standing for a state gets. */
export function countryActorName(entry: CountryEntry): string {
  return entry.name;
}

/** "Syrian Armed Forces" → Syria; "Russian Defense Ministry" → Russia; "United States forces" → US. */
function nationalityOf(knowledge: Knowledge, name: string): CountryEntry | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
    const hit = lookupPhrase(knowledge, words.slice(0, n).join(' '));
    if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) return hit.entry;
  }
  return undefined;
}

/** What actor resolution reads besides the mention. */
export interface ActorContext extends ShortFormContext {
  knowledge: Knowledge;
}

/** The state a demonym ("Russian airstrikes") or a country name stands for. */
function stateDecision(entry: CountryEntry, rule: string, aliases: string[]): Decision {
  const canonical = countryActorName(entry);
  return { id: actorId(canonical), rule, canonical, kind: 'ACTOR', type: 'STATE', aliases };
}

/**
 * An acronym the article spells out itself, when that is not the alias table's reading: "the
 * Financial Services Authority … the FSA" is not the table's FSA (Free Syrian Army) in that article.
 */
function articleExpansion(
  name: string,
  hit: ReturnType<typeof lookupPhrase>,
  names: ActorContext['names'],
): Decision | undefined {
  const local = names.initials.get(name);
  const full = local && local.size === 1 ? [...local][0]! : undefined;
  if (full === undefined || hit?.kind !== 'organisation') return undefined;
  if (hit.entry.name === full || hit.entry.aliases.includes(full)) return undefined;
  const canonical = stripArticle(full);
  const type = names.typeOfName.get(full) ?? 'ORGANISATION';
  return { id: actorId(canonical), rule: 'acronym', canonical, kind: 'ACTOR', type, aliases: [name] };
}

/**
 * Resolves one actor mention. Rules, in order: demonym; alias table (organisations, then states);
 * surname, transliterated surname or given name of a person named in full; spelling variant of a
 * full name; acronym; the tail of a longer organisation name (`decideNameTail`), or its first word (`nameHeadOf`); otherwise the exact name (a body named after a nationality is PART_OF it).
 */
export function decideActor(m: Mention, ctx: ActorContext): Decision {
  const { knowledge, names, state } = ctx;
  const name = stripArticle(m.name.trim());
  if (m.viaDemonym) {
    const hit = lookupPhrase(knowledge, m.viaDemonym);
    // the demonym as written, so a search for "Syrian" finds Syria
    if (hit && (hit.kind === 'demonym' || hit.kind === 'country'))
      return stateDecision(hit.entry, 'demonym', [m.viaDemonym]);
  }
  if (m.type === 'SPORTS_TEAM') {
    const team = decideNationalTeam(name, knowledge);
    if (team) return team;
  }
  const hit = lookupPhrase(knowledge, m.name) ?? lookupPhrase(knowledge, name);
  const spelledOut = ACRONYM.test(name) ? articleExpansion(name, hit, names) : undefined;
  if (spelledOut) return spelledOut;
  if (hit?.kind === 'organisation') {
    const entry = hit.entry;
    const country = entry.country ? knowledge.countryByCode.get(entry.country) : undefined;
    const rest = { id: actorId(entry.name), kind: 'ACTOR', type: entry.type } as const;
    return tableDecision(
      name,
      entry,
      { ...rest, ...(country ? { partOf: country } : {}) },
      entry.caseSensitive,
    );
  }
  if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) {
    const canonical = countryActorName(hit.entry);
    const rule = hit.kind === 'demonym' ? 'demonym' : tableRule(name, canonical);
    return stateDecision(hit.entry, rule, hit.kind === 'country' ? [name] : []);
  }
  if (m.type === 'PERSON' && !name.includes(' ')) {
    const decision = decideSingleName(name, ctx);
    if (decision) return decision;
  }
  if (m.type === 'PERSON' && name.includes(' ')) {
    const decision = decideSpellingVariant(name, ctx);
    if (decision) return decision;
  }
  if (ACRONYM.test(name)) {
    // An acronym spelled out in the article takes the type of its full name ("the CSA" after "Child
    // Support Agency"): the acronym alone is typed only by its shape.
    const local = names.initials.get(name);
    const full = local?.size === 1 ? [...local][0]! : undefined;
    const acronym = viaShortForm(
      state,
      name,
      (full !== undefined ? names.typeOfName.get(full) : undefined) ?? (m.type as ActorType),
      local,
      state.actorsByAcronym.get(name),
      'acronym',
    );
    if (acronym) return acronym;
  }
  const type = m.type as ActorType;
  const tail = decideNameTail(name, type, { knowledge, localTails: names.tails, state });
  if (tail) return tail;
  const head = nameHeadOf(knowledge, name, type, names);
  if (head) {
    const longer = decideActor({ ...m, name: head.name, type: head.type, viaDemonym: undefined }, ctx);
    return { ...longer, rule: 'name-head', aliases: [name] };
  }
  const nationality =
    type === 'GOVERNMENT_BODY' || type === 'MILITARY' ? nationalityOf(knowledge, name) : undefined;
  return {
    id: actorId(name),
    rule: 'exact',
    canonical: name,
    kind: 'ACTOR',
    type,
    aliases: [name],
    ...(nationality ? { partOf: nationality, partOfImplied: true } : {}),
  };
}
