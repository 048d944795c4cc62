/**
 * Span typing: decides what a candidate name in a sentence stands for (a person, an organisation, a
 * state, a town …) with an ordered table of rules (`span-rules.ts`) whose confidences are named in
 * `confidence.ts`, and the word lists in `src/knowledge/data/`.
 */
export { analyseSpan } from './analyse-span.js';
export { isSizeableTown } from './place-cues.js';
export { resolvePending } from './resolve-pending.js';
export { isSportsReport, nationalTeams } from './national-teams.js';
export { clubNames } from './club-names.js';
export { companyNames } from './company-names.js';
export { surnamesOverTowns } from './surnames-over-towns.js';
export type { PendingInSentence } from './resolve-pending.js';
export { SPAN_RULES } from './span-rules.js';
export { CONFIDENCE } from './confidence.js';
export type {
  AnalysisContext,
  DraftMention,
  PendingWord,
  RuleInput,
  SpanAnalysis,
  SpanRule,
} from './span-types.js';
