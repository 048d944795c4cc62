import type { ActorType, Mention, PlaceType } from '../../domain.js';

/** A mention for resolution tests: `name` as written in sentence `sentenceIndex`. */
export function testMention(
  name: string,
  kind: 'ACTOR' | 'PLACE',
  type: ActorType | PlaceType,
  sentenceIndex = 0,
  confidence = 0.8,
): Mention {
  return {
    surface: name,
    name,
    kind,
    type,
    titles: [],
    evidence: {
      articleId: 'art_test',
      sentenceIndex,
      sentence: name,
      sentenceStart: 0,
      sentenceEnd: name.length,
      start: 0,
      end: name.length,
      confidence,
      extractor: 'rules/entities',
      extractorVersion: '9.9.9',
    },
  };
}
