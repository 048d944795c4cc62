import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { RoleScope } from './role-scope.js';
import { appositionAfter, objectAfter, subjectBefore } from './subject-object.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

function scopeOf(text: string): RoleScope {
  return {
    text,
    mentions: fixtureContext(text, COMMON_ENTITIES).mentions,
    excluded: new Set(),
    lexicon: TRIGGER_LEXICON,
  };
}

describe('subjectBefore', () => {
  it.each([
    ['The Red Brigade captured Kestrel.', 'captured', 'act_red_brigade'],
    ['The Red Brigade, backed by Westland, captured Kestrel.', 'captured', 'act_red_brigade'],
    ['Westland said Eastmark captured Kestrel.', 'captured', 'act_eastmark'],
    ['In Eastmark, troops captured Kestrel.', 'captured', undefined],
    ['Westland held off Eastmark to win the title.', 'win', 'act_westland'],
    ['Westland agreed to buy the Red Brigade.', 'buy', 'act_westland'],
    ['Omar Hale said 400 fighters died in the battle.', 'died', undefined],
    ['Westland confirmed that dozens were killed in Kestrel.', 'killed', undefined],
    ['Westland said it captured Kestrel.', 'captured', 'act_westland'],
  ])('%s → %s', (text, verb, expected) => {
    const scope = scopeOf(text);
    expect(subjectBefore(scope, text.indexOf(verb), false)?.entityId).toBe(expected);
  });
});

describe('objectAfter', () => {
  it.each([
    ['The Red Brigade captured Kestrel.', 'captured', 'plc_kestrel'],
    ['Westland attacked the Red Brigade.', 'attacked', 'act_red_brigade'],
    ['Westland attacked, and Eastmark fled.', 'attacked', undefined],
    ['Westland attacked near Kestrel.', 'attacked', undefined],
  ])('%s → %s', (text, verb, expected) => {
    const at = text.indexOf(verb) + verb.length;
    expect(objectAfter(scopeOf(text), at)?.entityId).toBe(expected);
  });
});

describe('appositionAfter', () => {
  it('finds the person named after a description', () => {
    const text = 'They killed the former head of antiquities, Omar Hale.';
    expect(appositionAfter(scopeOf(text), text.indexOf('killed') + 6)?.entityId).toBe('act_omar_hale');
  });
  it('finds nobody when a clause ends first', () => {
    const text = 'They killed the guard. Omar Hale fled.';
    expect(appositionAfter(scopeOf(text), text.indexOf('killed') + 6)).toBeUndefined();
  });
});
