import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain.js';
import { leaderSide } from './leader-side.js';

function actor(id: string, type: Actor['type'], titles: string[] = [], aliases: string[] = []): Actor {
  return { id, name: id.slice(4).replace(/_/g, ' '), type, titles, aliases } as unknown as Actor;
}

const actors = new Map<string, Actor>(
  [
    actor('act_northland', 'STATE', [], ['Northlandic']),
    actor('act_ann_vale', 'PERSON', ['Northlandic President']),
    actor('act_bo_vale', 'PERSON', ['King of Northland']),
    actor('act_cy_vale', 'PERSON', ['President']),
    actor('act_di_vale', 'PERSON', ['Northlandic General']),
    actor('act_northland_army', 'MILITARY', ['Northlandic President']),
  ].map((a) => [a.id, a]),
);

describe('leaderSide', () => {
  it.each([
    ['a head of state titled by demonym', 'act_ann_vale', 'act_northland'],
    ['a head of state titled "of" the country', 'act_bo_vale', 'act_northland'],
    ['a head of state whose title names no country', 'act_cy_vale', undefined],
    ['a person whose title is not head of state', 'act_di_vale', undefined],
    ['an actor that is not a person', 'act_northland_army', undefined],
  ])('%s', (_name, id, expected) => {
    expect(leaderSide(id, actors)).toBe(expected);
  });
});
