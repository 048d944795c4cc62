import type { ActorType, PlaceType } from '../../../domain.js';
import type { Gazetteer, Knowledge } from '../../../knowledge/index.js';
import type { CandidateHint, CandidateSpan } from '../candidates.js';
import type { SentenceView } from '../sentence-view.js';
import type { Token } from '../tokenize.js';

/** A typed mention before evidence is attached. Offsets are into the article text. */
export interface DraftMention {
  start: number;
  end: number;
  name: string;
  kind: 'ACTOR' | 'PLACE';
  type: ActorType | PlaceType;
  titles: string[];
  viaDemonym?: string;
  confidence: number;
  /** Which cue typed it (kept for debugging and tests). */
  cue: string;
  /** Part of a pair of mentions that may overlap ("US" inside "US-led coalition"). */
  nested?: boolean;
}

/** An untyped single capitalised word, kept until the whole article has been read. */
export interface PendingWord {
  start: number;
  end: number;
  text: string;
  initial: boolean;
  hint?: CandidateHint;
  /** The word opens its sentence as the subject of a speech verb ('NTL said'). */
  speaker?: boolean;
}

/** What span analysis needs besides the sentence. */
export interface AnalysisContext {
  text: string;
  knowledge: Knowledge;
  gazetteer: Gazetteer;
  /** Countries named anywhere in the article (alpha-2), to prefer their towns. */
  articleCountries: ReadonlySet<string>;
}

/** Result of analysing one candidate span. */
export interface SpanAnalysis {
  mentions: DraftMention[];
  pending: PendingWord[];
  /** Names found not to be actors here (a work's title), so that their other mentions are dropped too. */
  notActors?: string[];
}

/** What one typing rule sees: the span (leading function words already dropped) in its sentence. */
export interface RuleInput {
  ctx: AnalysisContext;
  view: SentenceView;
  tokens: Token[];
  /** The candidate span as proposed (its hint, whether it is the rest of a longer span). */
  span: CandidateSpan;
  /** First token of the name, after leading function words. */
  from: number;
  /** One past the last token. */
  to: number;
  /** Types a sub-span with the whole rule table ("Archbishop of [Canterbury]"). */
  analyse: (span: CandidateSpan) => SpanAnalysis;
}

/**
 * One typing rule: it returns the analysis of the span when it applies, or undefined to let the next
 * rule in the table try. Its confidence values come from `confidence.ts`.
 */
export interface SpanRule {
  /** Kebab-case name, also the cue of the mentions it makes where it makes one kind. */
  name: string;
  apply: (input: RuleInput) => SpanAnalysis | undefined;
}
