import type { ClaimKind } from '../../../domain.js';
import creditData from '../../../knowledge/data/claim-credit.json' with { type: 'json' };
import { CLAIM_SPEECH as speechData } from '../../../knowledge/index.js';
import cueData from '../../../knowledge/data/cue-words.json' with { type: 'json' };
import { phrasePattern } from '../events/words.js';

/** Reporting verbs, attribution phrases and credit cues, built from `data/claim-*.json`. */
export interface SpeechLexicon {
  /** Reporting verb → the claim kind it signals. */
  verbKind: Map<string, ClaimKind>;
  /** 'congratulated', 'thanked': the object is credited. */
  creditVerbs: Set<string>;
  accordingTo: RegExp;
  relayCues: RegExp;
  reportNouns: Set<string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  creditBefore: RegExp;
  creditBeforeNeedsPossessive: Set<string>;
  creditAfter: RegExp;
  achievementWords: Set<string>;
  creditBlockers: RegExp;
  /** Verbs that report speech only with 'that' ('ruled that …', not 'ruled the country'). */
  thatOnlyVerbs: Set<string>;
  /** Verbs that report speech only with 'as' ('described it as …'). */
  asVerbs: Set<string>;
  /** Belief verbs that, followed by 'to', make the clause around them the claim ('which X believes to have …'). */
  raisingVerbs: Set<string>;
  /** Event, damage and control words that make a neutral statement a report ('were killed', 'under control'). */
  reportCues: RegExp;
  /** Nouns after a country or demonym that stand for the state itself ('US officials', 'Syrian forces'). */
  stateNouns: Set<string>;
  /** Verbs that, followed by 'for', make a request a claim ('appealed for the release of …'). */
  appealVerbs: Set<string>;
  /** Blame phrases that make a statement an accusation ('lack of seriousness', 'breached'). */
  accusationCues: RegExp;
}

/** Verbs that take a bare clause ('she said new mothers were …'); others need 'that', a colon or a quote. */
export const CLAUSE_VERBS = new Set(speechData.clauseVerbs);

function buildLexicon(): SpeechLexicon {
  const verbKind = new Map<string, ClaimKind>();
  for (const [kind, verbs] of Object.entries(speechData.verbs)) {
    for (const verb of verbs) verbKind.set(verb, kind as ClaimKind);
  }
  return {
    verbKind,
    creditVerbs: new Set(speechData.creditVerbs),
    accordingTo: phrasePattern(speechData.accordingTo),
    relayCues: phrasePattern(speechData.relayCues),
    reportNouns: new Set(speechData.reportNouns),
    personPronouns: new Set(speechData.pronouns.PERSON),
    groupPronouns: new Set(speechData.pronouns.GROUP),
    creditBefore: phrasePattern(creditData.before),
    creditBeforeNeedsPossessive: new Set(creditData.beforeNeedsPossessive),
    creditAfter: phrasePattern(creditData.after),
    achievementWords: new Set(creditData.achievementWords),
    creditBlockers: phrasePattern(creditData.blockers),
    thatOnlyVerbs: new Set(speechData.thatOnlyVerbs),
    asVerbs: new Set(speechData.asVerbs),
    raisingVerbs: new Set(speechData.raisingVerbs),
    accusationCues: phrasePattern(speechData.accusationCues),
    appealVerbs: new Set(speechData.appealVerbs),
    reportCues: phrasePattern(speechData.reportCues),
    stateNouns: new Set(cueData.demonymStateNouns),
  };
}

/** The lexicon used by the claim rules. */
export const SPEECH_LEXICON: SpeechLexicon = buildLexicon();
