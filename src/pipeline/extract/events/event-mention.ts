import type { EventCount, Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { RoleFinding } from './role-scope.js';
import type { TriggerHit } from './find-triggers.js';
import type { DateMention } from './normalise-date.js';

/** One trigger with its roles, place and date, as read in one sentence (before cross-sentence merging). */
export interface EventMention {
  hit: TriggerHit;
  sentence: Sentence;
  participants: RoleFinding[];
  place?: ResolvedMention;
  /** How the place was found: by syntax, only nearby, or from another event of the sentence or the text before. */
  placeTie?: 'syntax' | 'nearby' | 'context';
  date?: DateMention;
  /** Numbers that measure the event (casualties, a score, an amount). */
  counts?: EventCount[];
  /** Told as a comparison or background ('like the destruction of …'): takes no place from the article. */
  background?: boolean;
  /** The place names the event, but the event is not placed there (a background event, see mark-background.ts). */
  placeDetached?: boolean;
  confidence: number;
}

/** What earlier sentences left for the next ones: the last tied place and the last agent of an event. */
export interface Discourse {
  place?: { mention: ResolvedMention; sentenceIndex: number };
  agent?: { mention: ResolvedMention; sentenceIndex: number };
}

/** A trigger read with its roles, before it gets a place from the context. */
export interface Candidate {
  hit: TriggerHit;
  participants: RoleFinding[];
  place?: ResolvedMention;
  placeTie?: 'syntax' | 'nearby' | 'context';
  /** A place of its own was not needed (a killing or attack with someone named as its sufferer). */
  placeless: boolean;
}
