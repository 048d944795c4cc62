import type { ActorType, ClaimKind } from '../../../domain.js';
import typingData from '../../../knowledge/data/backbone-typing.json' with { type: 'json' };
import countryData from '../../../knowledge/data/countries.json' with { type: 'json' };
import countryExtras from '../../../knowledge/data/country-extras.json' with { type: 'json' };
import syntaxData from '../../../knowledge/data/claim-syntax.json' with { type: 'json' };
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
  /** Verbs that carry someone else's words ('quoted X as saying'). */
  relayVerbs: Set<string>;
  /** Verbs whose object is what the speaker said of it ('praised the spirit of cooperation'). */
  objectVerbs: Set<string>;
  /** Verbs that report speech only with 'as' ('described it as …'). */
  asVerbs: Set<string>;
  /** Belief verbs that, followed by 'to', make the clause around them the claim ('which X believes to have …'). */
  raisingVerbs: Set<string>;
  /** Verbs of plan or expectation with an infinitive ('hopes to sign', 'expect the film to be …'). */
  intentVerbs: Set<string>;
  /** Event, damage and control words that make a neutral statement a report ('were killed', 'under control'). */
  reportCues: RegExp;
  /** Grammatical marks of an assertion of what happened or holds ('has offered', '$445bn'). */
  factPatterns: RegExp[];
  /** Modal auxiliaries of plans, forecasts and opinions ('would', 'should'). */
  modalWords: RegExp;
  /** Nouns after a country or demonym that stand for the state itself ('US officials', 'Syrian forces'). */
  stateNouns: Set<string>;
  /** Verbs that, followed by 'for', make a request a claim ('appealed for the release of …'). */
  appealVerbs: Set<string>;
  /** Request verbs whose object and infinitive are the claim ('asked the authorities to resolve …'). */
  appealObjectVerbs: Set<string>;
  /** Blame phrases that make a statement an accusation ('lack of seriousness', 'breached'). */
  accusationCues: RegExp;
  /** Phrases that make a statement a claim of responsibility ('claimed responsibility'). */
  responsibilityCues: RegExp;
  /** Verbs that, with the speaker itself as the subject of their clause, admit a deed ('admitting it …'). */
  admissionVerbs: Set<string>;
  /** Closed-class words read around a reporting verb (`data/claim-syntax.json`). */
  syntax: SyntaxWords;
  /** What a pronoun or a noun-phrase speaker can stand for (`data/backbone-typing.json`). */
  reference: ReferenceWords;
}

/** The closed-class word sets of `data/claim-syntax.json`. */
export interface SyntaxWords {
  speakerFillers: Set<string>;
  thatBridges: Set<string>;
  beForms: Set<string>;
  clauseConjunctions: Set<string>;
  leadConjunctions: Set<string>;
  appealFillers: Set<string>;
  bareClauseBlockers: Set<string>;
  /** Reporting verbs that also move a thing to a place or owner ('added the crown to his title'). */
  transferVerbs: Set<string>;
  /** Words that open a noun phrase ('the', 'his'). */
  determiners: Set<string>;
  creditSubjectPronouns: Set<string>;
  functionWords: Set<string>;
  relativePronouns: Set<string>;
  /** Participles that open a second clause of the subject ('…, adding that …', '…, urging …'). */
  secondClauseParticiples: Set<string>;
  /** A second clause that is no part of the claim before it: ', while …', '; …', ', telling …'. */
  clauseJoint: RegExp;
  /** Person nouns that tell a gender ('spokeswoman' → female). */
  headGender: Map<string, 'male' | 'female'>;
  /** Time words after a reporting verb that are no part of the claim ('said Friday it is …'). */
  leadTimeWords: Set<string>;
  /** Age nouns that head a person ('the 22-year-old'). */
  personAgeHead: RegExp;
  /** Tags of compromise's English lexicon that mark a verb form ('praised', 'is', 'would'). */
  verbTags: Set<string>;
  /** Words that join list items ('X, Y and Z'). */
  listConjunctions: Set<string>;
  /** Words after 'to' in a claim about the speaker itself ('claimed to have been …'). */
  selfInfinitives: Set<string>;
  /** Words that open a plural noun phrase speaker ('Both organisations'). */
  pluralDeterminers: Set<string>;
  /** Words that open a condition ('if the watchdog believes'). */
  conditionalWords: Set<string>;
  /** Lexicon tags of an unambiguous finite verb ('would', 'were', 'had'): they show a clause. */
  finiteVerbTags: Set<string>;
  /** Compromise lexicon tags of an -ing participle ('sitting'). */
  participleTags: Set<string>;
  /** Person nouns that a name in apposition follows ('the magazine's editor, Boris Johnson'). */
  roleNouns: Set<string>;
  /** Abbreviated legal forms after a firm's name whose full stop ends no clause ('General Motors Corp. said'). */
  companyAbbreviations: Set<string>;
  /** Person nouns of those who speak for another person ('a spokesman for Mr Prescott'). */
  representativeHeads: Set<string>;
  /** Person nouns of a contest result, whose modifiers name the contest ('the Olympic gold medallist'). */
  achievementHeads: Set<string>;
  /** Month and weekday names, which end a time adverbial ('In November the BMA said'). */
  calendarWords: Set<string>;
  /** General nouns for a group of any kind ('group', 'organisation'). */
  generalGroupHeads: Set<string>;
}

/** Words that tell what a speaker reference ('he', 'the firm', 'the manager') can stand for. */
export interface ReferenceWords {
  /** Head noun → the kind of organisation it names ('firm' → COMPANY). */
  groupHeads: Map<string, ActorType>;
  /** Role nouns that head a person ('spokesman', 'manager'). */
  personHeads: Set<string>;
  malePronouns: Set<string>;
  femalePronouns: Set<string>;
  /** Nationality adjectives, lower case ('australian'): a modifier that names no new speaker. */
  demonyms: Set<string>;
  /** Titles that tell a person's gender ('Mrs', 'Sir'). */
  femaleTitles: Set<string>;
  maleTitles: Set<string>;
}

/** Verbs that take a bare clause ('she said new mothers were …'); others need 'that', a colon or a quote. */
export const CLAUSE_VERBS = new Set(speechData.clauseVerbs);

function groupHeads(): Map<string, ActorType> {
  const out = new Map<string, ActorType>();
  for (const [type, words] of Object.entries(typingData.headNouns)) {
    for (const word of words) if (!out.has(word)) out.set(word, type as ActorType);
  }
  return out;
}

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
    objectVerbs: new Set(speechData.objectVerbs),
    relayVerbs: new Set(speechData.relayVerbs),
    raisingVerbs: new Set(speechData.raisingVerbs),
    intentVerbs: new Set(speechData.intentVerbs),
    accusationCues: phrasePattern(speechData.accusationCues),
    appealVerbs: new Set(speechData.appealVerbs),
    appealObjectVerbs: new Set(speechData.appealObjectVerbs),
    reportCues: phrasePattern(speechData.reportCues),
    factPatterns: speechData.factPatterns.map((p) => new RegExp(p, 'i')),
    modalWords: new RegExp(`\\b(?:${speechData.modalWords.join('|')})\\b`, 'i'),
    stateNouns: new Set(cueData.demonymStateNouns),
    responsibilityCues: phrasePattern(speechData.responsibilityCues),
    admissionVerbs: new Set(speechData.admissionVerbs),
    syntax: {
      speakerFillers: new Set(syntaxData.speakerFillers),
      thatBridges: new Set(syntaxData.thatBridges),
      beForms: new Set(syntaxData.beForms),
      clauseConjunctions: new Set(syntaxData.clauseConjunctions),
      leadConjunctions: new Set(syntaxData.leadConjunctions),
      appealFillers: new Set(syntaxData.appealFillers),
      bareClauseBlockers: new Set(syntaxData.bareClauseBlockers),
      transferVerbs: new Set(syntaxData.transferVerbs),
      determiners: new Set(syntaxData.determiners),
      creditSubjectPronouns: new Set(syntaxData.creditSubjectPronouns),
      functionWords: new Set(syntaxData.functionWords),
      relativePronouns: new Set(syntaxData.relativePronouns),
      secondClauseParticiples: new Set(syntaxData.secondClauseParticiples),
      clauseJoint: new RegExp(
        `,\\s+(?:${[...syntaxData.clauseJoints, ...syntaxData.secondClauseParticiples].join('|')})\\b|;`,
      ),
      personAgeHead: new RegExp(syntaxData.personAgeHead),
      headGender: new Map([
        ...syntaxData.genderedHeads.female.map((w) => [w, 'female'] as const),
        ...syntaxData.genderedHeads.male.map((w) => [w, 'male'] as const),
      ]),
      leadTimeWords: new Set(syntaxData.leadTimeWords),
      verbTags: new Set(syntaxData.verbTags),
      finiteVerbTags: new Set(syntaxData.finiteVerbTags),
      participleTags: new Set(syntaxData.participleTags),
      conditionalWords: new Set(syntaxData.conditionalWords),
      pluralDeterminers: new Set(syntaxData.pluralDeterminers),
      listConjunctions: new Set(syntaxData.listConjunctions),
      selfInfinitives: new Set(syntaxData.selfInfinitives),
      roleNouns: new Set([...syntaxData.roleNouns, ...typingData.personHeads]),
      companyAbbreviations: new Set(syntaxData.companyAbbreviations),
      representativeHeads: new Set(syntaxData.representativeHeads),
      achievementHeads: new Set(syntaxData.achievementHeads),
      calendarWords: new Set(syntaxData.calendarWords),
      generalGroupHeads: new Set(syntaxData.generalGroupHeads),
    },
    reference: {
      groupHeads: groupHeads(),
      personHeads: new Set(typingData.personHeads),
      malePronouns: new Set(typingData.pronouns.PERSON_MALE),
      femalePronouns: new Set(typingData.pronouns.PERSON_FEMALE),
      femaleTitles: new Set(typingData.femaleTitles),
      demonyms: new Set(
        [
          ...countryData.countries.flatMap((c) => c.demonyms),
          ...Object.values(countryExtras.demonyms).flat(),
        ].map((d) => d.toLowerCase()),
      ),
      maleTitles: new Set(typingData.maleTitles),
    },
  };
}

/** The lexicon used by the claim rules. */
export const SPEECH_LEXICON: SpeechLexicon = buildLexicon();
