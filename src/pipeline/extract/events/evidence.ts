import type { Evidence, Sentence } from '../../../domain.js';

/** Builds an `Evidence` record for a span inside a sentence of an article. */
export function evidenceOf(
  articleId: string,
  sentence: Sentence,
  span: { start: number; end: number },
  confidence: number,
  extractor: string,
  extractorVersion: string,
): Evidence {
  return {
    articleId,
    sentenceIndex: sentence.index,
    sentence: sentence.text,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    start: span.start,
    end: span.end,
    confidence: Math.round(confidence * 100) / 100,
    extractor,
    extractorVersion,
  };
}
