import type { ParticipantRole } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { TriggerHit } from './find-triggers.js';
import type { GraphToken, ParseGraph } from './parse-graph.js';
import { childrenBy, headTokenOf, prepositionOf } from './parse-graph.js';
import { clauseHeadOf, LOCATIVE_PREPOSITIONS, locativeGovernor } from './parse-clause.js';
import { newsPrepositionRole } from './prepositional-roles.js';
import type { RoleFinding } from './role-scope.js';

/** What the parse says about one trigger's arguments. */
export interface ParseArguments {
  participants: RoleFinding[];
  /** A place in a locative adjunct of the trigger or of its clause's verb ('attacked … in X'). */
  place?: ResolvedMention;
  /** True when the parse puts `place` in a locative adjunct of another predicate of the sentence. */
  elsewhere(place: ResolvedMention): boolean;
}

/** Families whose place is the thing taken or left, read by the word rules alone ('the capture of X'). */
const OBJECT_PLACE_FAMILIES = new Set(['CONTROL', 'WITHDRAWAL']);

const isVerb = (t: GraphToken | undefined): boolean => t?.pos?.startsWith('VB') === true;

function mentionOn(mentions: readonly ResolvedMention[], t: GraphToken): ResolvedMention | undefined {
  return mentions.find((m) => m.evidence.start <= t.start && t.end <= m.evidence.end);
}

/** The mention on `t`, or on a name word under it ('the city of X', 'Syrian troops'); not an apposition ('the gadget, X,'). */
function mentionUnder(
  mentions: readonly ResolvedMention[],
  t: GraphToken,
  text: string,
): ResolvedMention | undefined {
  const own = mentionOn(mentions, t);
  if (own) return own;
  for (const c of t.children) {
    const of = c.relation === 'nmod' && prepositionOf(c, text) === 'of';
    if (c.relation === 'compound' || c.relation === 'amod' || of) {
      const m = mentionOn(mentions, c);
      if (m) return m;
    }
  }
  return undefined;
}

/** Locative adjuncts of `t` that name a place. */
function placesUnder(mentions: readonly ResolvedMention[], t: GraphToken, text: string): ResolvedMention[] {
  return childrenBy(t, (r) => r === 'obl' || r === 'nmod')
    .filter((c) => LOCATIVE_PREPOSITIONS.has(prepositionOf(c, text) ?? ''))
    .flatMap((c) => {
      const m = mentionUnder(mentions, c, text);
      return m?.kind === 'PLACE' ? [m] : [];
    });
}

/**
 * The arguments the dependency parse gives a trigger. A verb: its subject (`nsubj`) takes the entry's
 * subject role, its object (`obj`) or passive subject (`nsubj:pass`) the object role, the agent of a
 * passive (`obl:agent`) the AGENT role. A noun: its possessor (`nmod:poss`, 'Acme's takeover') and a
 * name compounded before it ('the Acme takeover') act, its 'of' object takes the object role (or is the
 * place), 'by X' acts, and other prepositions read as the word rules read them. The place is a named
 * place in a locative adjunct ('in', 'at', 'near' …) of the trigger, or, for a noun, of the verb it is
 * an argument of. Only actors count as participants. Undefined when the parse does not have the trigger.
 */
export function parseArguments(
  hit: TriggerHit,
  graph: ParseGraph,
  mentions: readonly ResolvedMention[],
  text: string,
): ParseArguments | undefined {
  const trigger = headTokenOf(graph, hit.start, hit.end);
  if (trigger === undefined || trigger.children.length + (trigger.head ? 1 : 0) === 0) return undefined;
  const { entry } = hit;
  const participants: RoleFinding[] = [];
  let place: ResolvedMention | undefined;
  const add = (t: GraphToken, role: ParticipantRole | null | undefined, confidence = 0.8) => {
    const m = mentionUnder(mentions, t, text);
    if (m === undefined || (m.evidence.start < hit.end && m.evidence.end > hit.start)) return;
    if (m.kind === 'PLACE') {
      if (hit.nominal && !OBJECT_PLACE_FAMILIES.has(entry.family) && role !== 'AGENT') place ??= m;
      return;
    }
    if (role && !participants.some((f) => f.mention === m))
      participants.push({ mention: m, role, confidence });
  };
  for (const c of trigger.children) {
    const relation = c.relation ?? '';
    const preposition = prepositionOf(c, text);
    if (!hit.nominal) {
      if (relation === 'nsubj') add(c, entry.subjectRole);
      else if (['obj', 'dobj', 'nsubj:pass', 'nsubjpass'].includes(relation)) add(c, entry.objectRole);
      else if (relation === 'obl:agent' || relation === 'nmod:agent') add(c, 'AGENT');
    } else if (relation === 'nmod:poss' || (relation === 'compound' && c.start < trigger.start)) {
      add(c, 'AGENT', 0.75);
    } else if (relation === 'nmod' || relation === 'nmod:agent') {
      if (preposition === 'by' || relation === 'nmod:agent') add(c, 'AGENT', 0.75);
      else if (preposition === 'of') add(c, entry.objectRole, 0.75);
      else if (preposition)
        add(c, newsPrepositionRole(entry, preposition, true, hit.text.toLowerCase()), 0.65);
    }
  }
  if (!OBJECT_PLACE_FAMILIES.has(entry.family)) {
    const verb =
      hit.nominal && isVerb(trigger.head) && ['obj', 'nsubj:pass', 'obl'].includes(trigger.relation ?? '')
        ? trigger.head
        : undefined;
    place ??=
      placesUnder(mentions, trigger, text)[0] ?? (verb ? placesUnder(mentions, verb, text)[0] : undefined);
  }
  const clause = clauseHeadOf(trigger);
  const elsewhere = (m: ResolvedMention): boolean => {
    const token = headTokenOf(graph, m.evidence.start, m.evidence.end);
    const governor = token === undefined ? undefined : locativeGovernor(token, text);
    if (governor === undefined || clauseHeadOf(governor) === clause) return false;
    // '… across New Mexico, where Al Gore won': a relative clause happens at the place it modifies.
    const modified = clause.head;
    return !(modified && m.evidence.start <= modified.start && modified.end <= m.evidence.end);
  };
  return { participants, ...(place ? { place } : {}), elsewhere };
}
