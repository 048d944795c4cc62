import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { QuoteSpan } from './find-quotes.js';
import type { SpeakerEvent } from './resolve-reference.js';
import type { SpeechLexicon } from './speech-lexicon.js';

/** What the speaker rules need: the article, its mentions (overlap-free) and quotes. */
export interface ClaimScope {
  text: string;
  sentences: Sentence[];
  mentions: ResolvedMention[];
  quotes: QuoteSpan[];
  lexicon: SpeechLexicon;
  prepositions: Set<string>;
  /** The speakers found so far, in text order (`trackSpeakers`): who holds the floor. */
  history?: SpeakerEvent[];
}

/** Who a claim is attributed to, and how sure the attribution is. */
export interface Speaker {
  mention: ResolvedMention;
  /** 'named', 'pronoun' (resolved 'he'), 'report-noun' ('Russian reports') or 'noun-phrase' ('the firm'). */
  how: 'named' | 'pronoun' | 'report-noun' | 'noun-phrase';
  /** The speaker is a person: named, or unnamed and standing for `mention` ('a Fox spokesman'). */
  person?: boolean;
  /** The speaker's gender where the words tell it ('she said', 'a spokeswoman'). */
  gender?: 'male' | 'female';
}
