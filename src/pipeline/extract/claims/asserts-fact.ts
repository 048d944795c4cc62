import type { SpeechLexicon } from './speech-lexicon.js';

/**
 * True when a claim's text asserts that something happened or holds, by its grammar rather than
 * its words: the perfect aspect ('the government has offered …', 'had been posted'), the past
 * progressive ('were performing strongly') or a measured figure ('reached $445bn'), with no modal
 * auxiliary that makes it a plan, forecast or opinion ('would amount to', 'should be').
 */
export function assertsFact(lexicon: SpeechLexicon, text: string): boolean {
  if (lexicon.modalWords.test(text)) return false;
  return lexicon.factPatterns.some((p) => p.test(text));
}
