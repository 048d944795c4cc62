import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { openingScenePlace } from './opening-scene.js';

describe('openingScenePlace', () => {
  it.each([
    [
      'At a recent conference for experts, at the Royal Society in Kestrel, Westland warned of risks.',
      'Kestrel',
    ],
    ['During the summit, held in Kestrel, Westland agreed to talks.', 'Kestrel'],
    ['At a recent conference for experts, Westland warned of risks in Kestrel.', undefined],
    ['A recent conference for experts, at the Royal Society in Kestrel, was full.', undefined],
    ['At a recent conference for experts. It was held in Kestrel.', undefined],
  ])('%s → %s', (text, expected) => {
    const context = fixtureContext(text, COMMON_ENTITIES);
    const sentence = context.sentences[0]!;
    const noun = /conference|summit/.exec(text)!;
    const place = openingScenePlace(text, sentence, context.mentions, noun.index + noun[0].length);
    expect(place?.surface).toBe(expected);
  });
});
