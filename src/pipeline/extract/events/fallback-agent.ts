import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { clauseSubject } from './clause-subject.js';
import { describedSubject, standIn } from './described-subject.js';
import type { Candidate, Discourse } from './event-mention.js';
import type { TriggerHit } from './find-triggers.js';
import { pronounSubject } from './pronoun-subject.js';
import type { RoleFinding } from './role-scope.js';
import type { TriggerLexicon } from './trigger-lexicon.js';

/** How many sentences back a place or agent of an earlier event is still the topic. */
const DISCOURSE_REACH = 2;
/** A nominal trigger opened by 'during' ('during a two-week offensive'), a few modifiers allowed. */
const DURING = /\b(?:during|amid)\s+(?:the|a|an|its|their)?\s*(?:[\p{Ll}\p{N}-]+\s+){0,3}$/u;
/**
 * A non-finite adverbial clause ('after winning', 'after being knocked out', 'before having
 * finished'): it has no subject of its own.
 */
const GERUND_ADJUNCT =
  /\b(?:after|before|since|while|when|despite|without|by|on)\s+(?:(?:being|having)\s+(?:been\s+)?)?$/iu;
/** 'she won five titles and won gold': a verb coordinated with an earlier one shares its subject. */
const COORDINATED = /\w\s+(?:,\s*)?and\s+(?:(?:also|then|later|again|still|finally|\p{Ll}+ly)\s+)?$/iu;
/** 'They also beheaded …': a plural pronoun opening the sentence stands for the last agent. */
const PRONOUN_SUBJECT = /^they(?:\s+(?:also|then|later|have|had|reportedly|\p{L}+ly))*\s+$/iu;
/** A singular personal pronoun opening the main clause (after a fronted phrase and its comma). */
const MAIN_PRONOUN = /(?:^|,\s+)(?:(?:but|and|yet|so)\s+)?(?:he|she)\s/iu;

/** What the agent rules know about the sentence around one trigger. */
export interface AgentScope {
  text: string;
  sentence: Sentence;
  /** Mentions of the sentence; `allMentions` those of the article. */
  mentions: readonly ResolvedMention[];
  allMentions: readonly ResolvedMention[];
  lexicon: TriggerLexicon;
  discourse: Discourse;
  /** The readings of the sentence found before this one. */
  candidates: readonly Candidate[];
}

function recentAgent(scope: AgentScope): ResolvedMention | undefined {
  const agent = scope.discourse.agent;
  if (agent === undefined) return undefined;
  const distance = scope.sentence.index - agent.sentenceIndex;
  return distance > 0 && distance <= DISCOURSE_REACH ? agent.mention : undefined;
}

/** The subject of the sentence's main clause: a named actor near its start, or a 'he'/'she' standing for one. */
function mainSubject(scope: AgentScope, before: number): RoleFinding | undefined {
  const { text, sentence, mentions, allMentions, lexicon } = scope;
  const named = clauseSubject(text, sentence, mentions, lexicon);
  if (named) return named;
  const pronoun = MAIN_PRONOUN.exec(text.slice(sentence.start, before));
  if (!pronoun) return undefined;
  const after = sentence.start + pronoun.index + pronoun[0].length;
  const person = pronounSubject(text, sentence, after, allMentions, lexicon, recentAgent(scope));
  return person ? { mention: person, role: 'AGENT', confidence: 0.5 } : undefined;
}

/** The agent of the reading before this one in the sentence, else the main clause's subject. */
function sharedSubject(scope: AgentScope, hit: TriggerHit): RoleFinding | undefined {
  const main = scope.candidates.at(-1)?.participants.find((p) => p.role === 'AGENT');
  if (main) return { ...main, confidence: 0.55 };
  return mainSubject(scope, hit.start);
}

/**
 * An agent for a trigger whose own roles name none, from the words around it: 'they' or a
 * description standing for an actor named before ('the militants', 'she'); for a nominal after
 * 'during', the agent of the sentence's reading before it; and for a verb with no subject of its
 * own — a gerund or participle in an adverbial clause ('after being knocked out'), or a verb
 * coordinated with an earlier one ('won five titles and won gold') — the subject it shares.
 */
export function fallbackAgent(scope: AgentScope, hit: TriggerHit): RoleFinding | undefined {
  const { text, sentence, allMentions, lexicon } = scope;
  const before = text.slice(sentence.start, hit.start);
  if (hit.nominal) {
    if (!DURING.test(before)) return undefined;
    // 'captured by X during a two-week offensive': the offensive is X's too.
    const main = scope.candidates.at(-1)?.participants.find((p) => p.role === 'AGENT');
    return main ? { ...main, confidence: 0.55 } : undefined;
  }
  if (!hit.passive && hit.entry.subjectRole === 'AGENT') {
    const pronoun = PRONOUN_SUBJECT.exec(before);
    const last = recentAgent(scope);
    if (pronoun && last) {
      // 'They also beheaded …': the pronoun stands for the agent of the event just before.
      const at = sentence.start + pronoun.index;
      return {
        mention: standIn(last, sentence, at, at + 'they'.length, text),
        role: 'AGENT',
        confidence: 0.55,
      };
    }
    const described =
      describedSubject(text, sentence, before, allMentions, lexicon) ??
      pronounSubject(text, sentence, hit.start, allMentions, lexicon, last);
    if (described) return { mention: described, role: 'AGENT', confidence: 0.55 };
  }
  // 'X retired after finishing fourth': the gerund's subject is the main clause's.
  if (GERUND_ADJUNCT.test(before) && (/ing$/i.test(hit.text.split(' ')[0]!) || hit.passive))
    return sharedSubject(scope, hit);
  if (!hit.passive && COORDINATED.test(before)) return sharedSubject(scope, hit);
  return undefined;
}
