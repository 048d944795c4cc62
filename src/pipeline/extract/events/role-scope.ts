import type { ParticipantRole } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { TriggerLexicon } from './trigger-lexicon.js';

/** A participant found for one trigger, before it becomes an `EventParticipant`. */
export interface RoleFinding {
  mention: ResolvedMention;
  role: ParticipantRole;
  confidence: number;
}

/** Participants and place of one trigger. */
export interface HitRoles {
  participants: RoleFinding[];
  place?: ResolvedMention;
  /** How the place was found: tied to the trigger by syntax, or only nearby in the sentence. */
  placeTie?: 'syntax' | 'nearby';
}

/** What the role rules need to know about the sentence. */
export interface RoleScope {
  /** The article text all offsets refer to. */
  text: string;
  /** Mentions of the sentence in text order, overlaps removed. */
  mentions: ResolvedMention[];
  /** Mentions that cannot be agents or targets: helpers ('backed by X') and sources ('according to X'). */
  excluded: Set<ResolvedMention>;
  lexicon: TriggerLexicon;
}
