import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import {
  betweenParties,
  byAgent,
  cuedAgent,
  lightVerbBefore,
  newsPrepositionRole,
  prepositionalAfter,
  purposeAdjunctBefore,
} from './prepositional-roles.js';
import type { RoleScope } from './role-scope.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import type { TriggerEntry } from './trigger-lexicon.js';

function scopeOf(text: string): RoleScope {
  return {
    text,
    mentions: fixtureContext(text, COMMON_ENTITIES).mentions,
    excluded: new Set(),
    lexicon: TRIGGER_LEXICON,
  };
}
function after(text: string, word: string): number {
  return text.indexOf(word) + word.length;
}

describe('prepositional roles', () => {
  it('lists mentions after prepositions in the clause', () => {
    const text = 'Kestrel was captured by the Red Brigade near Marrow.';
    expect(
      prepositionalAfter(scopeOf(text), after(text, 'captured')).map((x) => `${x.prep}:${x.m.entityId}`),
    ).toEqual(['by:act_red_brigade', 'near:plc_marrow']);
  });

  it('finds the passive agent after "by"', () => {
    const text = 'Kestrel was captured by Westland.';
    expect(byAgent(scopeOf(text), after(text, 'captured'), false)?.entityId).toBe('act_westland');
  });

  it('finds the actor after "at the hands of"', () => {
    const text = 'Omar Hale died at the hands of the Red Brigade.';
    expect(cuedAgent(scopeOf(text), after(text, 'died'))?.entityId).toBe('act_red_brigade');
  });

  it('finds both sides of "between X and Y"', () => {
    const text = 'A truce between Westland and Eastmark held.';
    expect(betweenParties(scopeOf(text), after(text, 'truce')).map((m) => m.entityId)).toEqual([
      'act_westland',
      'act_eastmark',
    ]);
  });

  it('finds the support verb before an event noun', () => {
    const text = 'Westland conducted 23 strikes.';
    expect(lightVerbBefore(scopeOf(text), text.indexOf('strikes'))).toBe(text.indexOf('conducted'));
    const priced = 'Westland signed a $240m agreement.';
    expect(lightVerbBefore(scopeOf(priced), priced.indexOf('agreement'))).toBe(priced.indexOf('signed'));
    expect(lightVerbBefore(scopeOf('Westland saw 23 strikes.'), 'Westland saw 23 '.length)).toBeUndefined();
  });

  it.each([
    ['against', 'LAWSUIT', false, 'TARGET'],
    ['with', 'MEETING', false, 'TARGET'],
    ['for', 'TRANSFER', false, 'TARGET'],
    ['into', 'INVESTIGATION', true, 'TARGET'],
    ['near', 'MEETING', false, undefined],
  ])('reads "%s" after a %s trigger', (prep, type, nominal, role) => {
    const entry = { type, subjectRole: 'AGENT', objectRole: null } as unknown as TriggerEntry;
    expect(newsPrepositionRole(entry, prep, nominal)).toBe(role);
  });

  it.each([
    ['Straw arrives in Indonesia for a special summit meeting', 'meeting', 'arrives'],
    ['The minister flew to Paris on Monday for talks', 'talks', 'flew'],
    ['Fans came for the final', 'final', 'came'],
    ['Straw paid for the meeting', 'meeting', undefined],
    ['Straw arrives in Indonesia, then for the meeting', 'meeting', undefined],
  ])('%s: the purpose adjunct of %s opens at %s', (text, noun, verb) => {
    const at = purposeAdjunctBefore(text, text.lastIndexOf(noun));
    expect(at === undefined ? undefined : text.slice(at).split(' ')[0]).toBe(verb);
  });
});
