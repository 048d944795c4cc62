import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { nearbyPlace } from './nearby-place.js';
import type { RoleScope } from './role-scope.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

function placeNear(text: string, trigger: string): string | undefined {
  const scope: RoleScope = {
    text,
    mentions: fixtureContext(text, COMMON_ENTITIES).mentions,
    excluded: new Set(),
    lexicon: TRIGGER_LEXICON,
  };
  const start = text.indexOf(trigger);
  return nearbyPlace(scope, start, start + trigger.length)?.entityId;
}

describe('nearbyPlace', () => {
  it.each([
    ['A bomb exploded in the market of Kestrel.', 'exploded', 'plc_kestrel'],
    ['Kestrel saw a bomb explode.', 'explode', 'plc_kestrel'],
    ['A bomb exploded, said a man from Kestrel.', 'exploded', undefined],
    ['A bomb exploded near the bus that goes to Kestrel.', 'exploded', undefined],
  ])('%s → %s', (text, trigger, expected) => expect(placeNear(text, trigger)).toBe(expected));
});
