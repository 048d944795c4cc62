import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import {
  coordinated,
  headsRelativeClause,
  isModifier,
  isPartitive,
  isPossessor,
  isPreposed,
} from './mention-position.js';
import type { RoleScope } from './role-scope.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

function scopeOf(text: string): RoleScope {
  return {
    text,
    mentions: fixtureContext(text, COMMON_ENTITIES).mentions,
    excluded: new Set(),
    lexicon: TRIGGER_LEXICON,
  };
}
function mention(scope: RoleScope, surface: string) {
  return scope.mentions.find((m) => m.surface === surface)!;
}

describe('mention position', () => {
  it('joins actors listed with "and" and commas', () => {
    const scope = scopeOf('Westland, Eastmark and the Red Brigade signed.');
    expect(coordinated(scope, mention(scope, 'Westland'), 1).map((m) => m.entityId)).toEqual([
      'act_eastmark',
      'act_red_brigade',
    ]);
  });

  it.each([
    ['Troops from Westland attacked.', 'Westland', true],
    ['After Westland attacked, talks ended.', 'Westland', false],
    ['Westland attacked.', 'Westland', false],
    ['A blow for Westland, who attacked at dawn.', 'Westland', false],
    ['A blow for Westland, which attacked at dawn.', 'Westland', false],
    ['A blow for Westland, whose troops attacked.', 'Westland', true],
    ['A blow for Westland, who said that rebels attacked.', 'Westland', true],
  ])('%s: %s is preposed: %s', (text, surface, expected) => {
    const scope = scopeOf(text);
    expect(isPreposed(scope, mention(scope, surface), text.indexOf('attacked'))).toBe(expected);
  });

  it.each([
    ['a landmark for Westland, who attacked at dawn', true],
    ['a landmark for Westland who attacked at dawn', false],
    ['a landmark for Westland, who said, as rebels attacked', false],
    ['a landmark for Westland, who said rebels who attacked', false],
    ['a landmark for Westland, and then rebels attacked', false],
  ])('%s: the relative clause has Westland for subject: %s', (text, expected) => {
    const scope = scopeOf(text);
    expect(headsRelativeClause(scope, mention(scope, 'Westland'), text.indexOf('attacked'))).toBe(expected);
  });

  it('reads "hundreds of X fighters" as a partitive', () => {
    const scope = scopeOf('Hundreds of Red Brigade fighters fled.');
    expect(isPartitive(scope, mention(scope, 'Red Brigade'))).toBe(true);
  });

  it('reads "Westland-backed" as a modifier and "Westland\'s" as a possessor', () => {
    const scope = scopeOf("Westland-backed rebels met Eastmark's army.");
    expect(isModifier(scope, mention(scope, 'Westland'))).toBe(true);
    expect(isPossessor(scope, mention(scope, 'Eastmark'))).toBe(true);
    expect(isPossessor(scope, mention(scope, 'Westland'))).toBe(false);
  });
});
