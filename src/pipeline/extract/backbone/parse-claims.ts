import type { ClaimKind } from '../../../domain.js';
import type { ParsedSentence, ParsedToken } from '../../../nlp/index.js';
import type { ClaimCandidate } from '../claims/claim-candidate.js';
import type { ClaimScope, Speaker } from '../claims/claim-scope.js';
import type { ResolvedMention } from '../context.js';
import type { BackboneKnowledge } from './backbone-knowledge.js';
import { quoteSentences } from '../claims/quote-sentences.js';
import {
  clauseJointCut,
  contentRange,
  cutBeforeVerb,
  leadingRange,
  withThatConjunct,
} from './content-range.js';
import { isSubject, parseTree, type ParseTree } from './parse-tree.js';
import { resolveSpeaker } from './speaker-salience.js';

/** What the parse rules read: the claim scope of the rules, the parses, and the backbone's word lists. */
export interface ParseClaimsInput {
  scope: ClaimScope;
  parsed: Map<number, ParsedSentence>;
  knowledge: BackboneKnowledge;
}

const PUNCT = /^[\p{P}\p{S}]+$/u;

function speechKind(input: ParseClaimsInput, t: ParsedToken): ClaimKind | undefined {
  if (!t.pos.startsWith('VB')) return undefined;
  const verbs = input.scope.lexicon.verbKind;
  return verbs.get(t.text.toLowerCase()) ?? verbs.get(t.lemma.toLowerCase());
}

function actorAt(input: ParseClaimsInput, t: ParsedToken): ResolvedMention | undefined {
  return input.scope.mentions.find(
    (m) => m.kind === 'ACTOR' && t.start >= m.evidence.start && t.end <= m.evidence.end,
  );
}

/** The speaker a subject token stands for: a named actor, or the antecedent of a pronoun or a noun phrase. */
function speakerOf(input: ParseClaimsInput, tree: ParseTree, subject: ParsedToken): Speaker | undefined {
  const k = input.knowledge;
  const sentenceIndex = tree.parsed.sentenceIndex;
  const named = actorAt(input, subject);
  if (named) return { mention: named, how: 'named' };
  const lower = subject.text.toLowerCase();
  const resolve = (want: Parameters<typeof resolveSpeaker>[0]) =>
    resolveSpeaker(want, subject.start, sentenceIndex, {
      mentions: input.scope.mentions,
      parsed: input.parsed,
      knowledge: k,
      quoted: (offset) => input.scope.quotes.some((q) => offset >= q.start && offset < q.end),
      speechVerb: (word) => input.scope.lexicon.verbKind.has(word),
    });
  if (subject.pos === 'PRP') {
    const pronoun = k.pronouns.get(lower);
    const m = pronoun ? resolve({ pronoun }) : undefined;
    return m ? { mention: m, how: 'pronoun' } : undefined;
  }
  if (!/^NN/.test(subject.pos)) return undefined;
  // 'Producers say …', 'Analysts said …': a bare plural is no one in particular.
  if (subject.pos === 'NNS' && !tree.child(subject.i, (r) => r === 'det' || r === 'nmod:poss')) {
    const named = tree
      .subtree(subject.i)
      .map((t) => actorAt(input, t))
      .find((m) => m !== undefined);
    return named ? { mention: named, how: 'named' } : undefined;
  }
  const lemma = subject.lemma.toLowerCase();
  const type = k.headNouns.get(lemma);
  const person = k.personHeads.has(lemma);
  // 'Liberal Democrat spokeswoman Sandra Gidley said', 'the manager, Arsene Wenger, said': a name of the
  // right kind inside the noun phrase is the speaker ('The Australian firm said' has only a state in it).
  for (const t of tree.subtree(subject.i)) {
    const m = actorAt(input, t);
    // An organisation named inside an organisation noun phrase is the speaker ('The Islamic State group
    // said'); a state there only describes it ('The US company said').
    if (
      m &&
      ((person && m.type === 'PERSON') ||
        (type !== undefined && type !== 'PERSON' && m.type !== 'PERSON' && m.type !== 'STATE'))
    ) {
      return { mention: m, how: 'named' };
    }
  }
  const m = type ? resolve({ type }) : person ? resolve({ person: true }) : undefined;
  return m ? { mention: m, how: 'noun-phrase' } : undefined;
}

/** The subject of a speech verb; a participle ('…, adding that') takes its governor's. */
function subjectOf(tree: ParseTree, verb: number): ParsedToken | undefined {
  for (let at: number | undefined = verb, hops = 0; at !== undefined && hops < 3; hops += 1) {
    const s = tree.child(at, isSubject);
    if (s) return s;
    const up = tree.parentOf(at);
    if (!up || !['advcl', 'xcomp', 'conj'].includes(up.rel)) return undefined;
    at = up.head;
  }
  return undefined;
}

/** Who the words were given to: 'told Reuters', "told GMTV's Sunday programme", 'said in an interview with the BBC'. */
function relaysOf(input: ParseClaimsInput, tree: ParseTree, verb: ParsedToken): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const told = verb.lemma.toLowerCase() === 'tell';
  for (const d of tree.children(verb.i)) {
    if (!['obj', 'iobj', 'obl', 'obl:to', 'obl:with', 'obl:in'].includes(d.rel)) continue;
    for (const t of tree.subtree(d.dependent)) {
      const m = actorAt(input, t);
      if (m && (m.type === 'MEDIA' || (told && d.rel === 'obj' && m.type !== 'PERSON')) && !out.includes(m))
        out.push(m);
    }
  }
  return out;
}

function candidatesIn(input: ParseClaimsInput, parsed: ParsedSentence): ClaimCandidate[] {
  const isSpeech = (t: ParsedToken) => speechKind(input, t) !== undefined;
  const tree = parseTree(parsed);
  const out: ClaimCandidate[] = [];
  for (const verb of parsed.tokens) {
    let kind = speechKind(input, verb);
    if (!kind) continue;
    // Speech reported inside a quotation is the quoted speaker's, read by the rules as a nested claim.
    if (input.scope.quotes.some((q) => verb.start >= q.start && verb.start < q.end)) continue;
    let rule: ClaimCandidate['rule'] = 'parse-speech';
    let contentHead: number | undefined;
    const without = new Set<number>();
    const object = tree.child(verb.i, (r) => r === 'obj');
    if (
      verb.lemma === 'claim' &&
      object &&
      input.knowledge.responsibilityNouns.has(object.lemma.toLowerCase())
    ) {
      kind = 'RESPONSIBILITY';
      rule = 'parse-responsibility';
      contentHead = object.i;
    } else {
      contentHead = tree.child(verb.i, (r) => r === 'ccomp' || r === 'parataxis')?.i;
      // 'Sony has promised …, but there are fears …': a clause joined by a coordinator is a second main clause.
      if (contentHead !== undefined && tree.child(contentHead, (r) => r === 'cc')) contentHead = undefined;
      const up = tree.parentOf(verb.i);
      if (contentHead === undefined && up?.rel === 'parataxis') {
        // '… will work, he said.': the clause the verb hangs from, minus the attribution.
        contentHead = up.head;
        for (const t of tree.subtree(verb.i)) without.add(t.i);
      }
    }
    if (contentHead === undefined) continue;
    let relays = relaysOf(input, tree, verb);
    let subject = subjectOf(tree, verb.i);
    const governor = tree.parentOf(verb.i);
    const relayVerb = governor ? parsed.tokens[governor.head] : undefined;
    if (relayVerb && input.knowledge.relayVerbs.has(relayVerb.lemma.toLowerCase())) {
      // 'X cited Y as saying …', 'it quoted him as saying …': Y speaks, X relays.
      const quoted = tree.child(relayVerb.i, (r) => r === 'obj');
      const relayer = tree.child(relayVerb.i, isSubject);
      const relayMention = relayer ? speakerOf(input, tree, relayer)?.mention : undefined;
      if (quoted) subject = quoted;
      if (relayMention) relays = [...relays, relayMention];
      rule = 'parse-relay';
    }
    if (!subject) continue;
    const speaker = speakerOf(input, tree, subject);
    if (!speaker) continue;
    // 'It would mean … by 2007, Ms Hewitt told GMTV.': content before the attribution is all of the sentence before it.
    const attribution = tree.subtree(subject.i)[0]?.i ?? subject.i;
    const before = parsed.tokens[attribution - 1];
    const trailing =
      rule !== 'parse-responsibility' &&
      contentHead < attribution &&
      attribution < verb.i &&
      before !== undefined &&
      // ', Ms Hewitt told GMTV' — not '…, although Hassell believes …'.
      PUNCT.test(before.text);
    const range = trailing
      ? leadingRange(tree, attribution)
      : clauseJointCut(
          input.scope.text,
          input.scope.lexicon.syntax.clauseJoint,
          withThatConjunct(tree, verb.i, contentHead, contentRange(isSpeech, tree, contentHead, without)),
        );
    if (!range || cutBeforeVerb(parsed, range.end)) continue;
    const quote = input.scope.quotes.find((q) => q.start <= range.start + 1 && range.end <= q.end + 1);
    for (const span of quote ? quoteSentences(input.scope, quote.start, quote.end) : [range]) {
      out.push({
        ...span,
        speaker,
        relays: relays.filter((m) => m.entityId !== speaker.mention.entityId),
        direct: quote !== undefined,
        kind,
        creditedByVerb: [],
        confidence: speaker.how === 'named' ? 0.85 : speaker.how === 'pronoun' ? 0.75 : 0.7,
        rule,
      });
    }
  }
  return out;
}

/**
 * Claims read from the dependency parse: the speaker is the subject of the speech verb (a named actor,
 * or a pronoun or noun phrase resolved by `resolveSpeaker`), the claim is its content clause (ccomp, or
 * the clause a parenthetical 'he said' hangs from), never the attribution words, and stops before a second
 * clause with its own speaker. Relays ('told Reuters', 'cited Y as saying') and claims of responsibility
 * ('claimed responsibility for the attacks') keep their own shape.
 */
export function findParseClaims(input: ParseClaimsInput): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const parsed of input.parsed.values()) out.push(...candidatesIn(input, parsed));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
