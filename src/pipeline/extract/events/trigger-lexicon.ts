import roleData from '../../../knowledge/data/event-roles.json' with { type: 'json' };
import newsData from '../../../knowledge/data/event-triggers-news.json' with { type: 'json' };
import triggerData from '../../../knowledge/data/event-triggers.json' with { type: 'json' };
import { asType, triggerEntries } from './trigger-entries.js';
import type { TriggerLexicon } from './trigger-types.js';
import { phrasePattern } from './words.js';

export type {
  EventFamily,
  TriggerCues,
  TriggerEntry,
  TriggerLexicon,
  TriggerRequirement,
} from './trigger-types.js';
export { familyOf } from './trigger-types.js';

/**
 * A description standing as the subject at the end of a text slice, with an optional relative
 * pronoun and auxiliaries after it ('The militants, which', 'the country's forces have managed to').
 */
function subjectPattern(description: string): RegExp {
  const tail = String.raw`(?:\s*,?\s*(?:which|who|that))?(?:\s+(?:also|then|later|has|have|had|managed|to|reportedly|finally|\p{Ll}+ly))*\s+$`;
  return new RegExp(`(?<![\\p{L}])(${description})${tail}`, 'iu');
}

function buildLexicon(): TriggerLexicon {
  return {
    byFirstWord: triggerEntries(triggerData, newsData),
    supporterCues: phrasePattern(roleData.supporterCues),
    supporterVerbs: new Set(roleData.supporterVerbs),
    agentCues: phrasePattern(roleData.agentCues),
    lightVerbs: phrasePattern(roleData.lightVerbs),
    quantityWords: new Set(roleData.quantityWords),
    groupSubject: subjectPattern(`the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${roleData.groupHeads.join('|')})`),
    personHeads: new RegExp(
      `the\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:${roleData.personHeads.map((h) => h.replace(/ /g, '\\s+')).join('|')})`,
      'u',
    ),
    stateSubject: subjectPattern(
      `(?:${roleData.stateForces.map((f) => f.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?:\\s+and\\s+(?:its|their)\\s+allies)?`,
    ),
    irrealis: new Set(roleData.irrealisCues),
    prepositions: new Set(roleData.prepositions),
    comparisonCues: phrasePattern(roleData.comparisonCues),
    habitualCues: phrasePattern(roleData.habitualCues),
    leadKinds: new Set(newsData.leadKinds.map(asType)),
    beForms: new Set(roleData.beForms),
    conflictContext: new Set(roleData.conflictContext),
  };
}

/**
 * The trigger lexicon built from `data/event-triggers.json` (military subtypes),
 * `data/event-triggers-news.json` (every other kind) and `data/event-roles.json`.
 */
export const TRIGGER_LEXICON: TriggerLexicon = buildLexicon();
