import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../../../tests/fixtures/dependency-parse.js';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { findTriggers } from './find-triggers.js';
import { extractEvents } from './index.js';
import { parseGraph } from './parse-graph.js';
import { withParseRoles } from './parse-roles.js';
import type { HitRoles } from './role-scope.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

describe('withParseRoles', () => {
  const text = 'The Red Brigade retook Kestrel from the Northland Army.';
  const context = fixtureContext(text, COMMON_ENTITIES);
  const hit = findTriggers(text, wordsOf(text), TRIGGER_LEXICON)[0]!;
  const rolesOf = (roles: HitRoles) => roles.participants.map((f) => `${f.role}:${f.mention.entityId}`);

  it('gives the subject of a verb trigger its subject role in place of the word rules’ agent', () => {
    const army = context.mentions.find((m) => m.entityId === 'act_northland_army')!;
    const roles: HitRoles = { participants: [{ mention: army, role: 'AGENT', confidence: 0.6 }] };
    const graph = parseGraph(edgesOf(text, [['nsubj', 'retook', 'Brigade']]), 0, text.length);
    withParseRoles(roles, hit, graph, context.mentions, text);
    expect(rolesOf(roles)).toEqual(['AGENT:act_red_brigade']);
  });

  it('leaves the roles alone when no edge touches the trigger', () => {
    const roles: HitRoles = { participants: [] };
    const graph = parseGraph(edgesOf(text, [['nsubj', 'Kestrel', 'Brigade']]), 0, text.length);
    withParseRoles(roles, hit, graph, context.mentions, text);
    expect(roles).toEqual({ participants: [] });
  });

  it('drops a place the parse puts in a relative clause about another deed', () => {
    const other = 'The Red Brigade, which met in Marrow, attacked Kestrel.';
    const ctx = fixtureContext(other, COMMON_ENTITIES);
    const attack = findTriggers(other, wordsOf(other), TRIGGER_LEXICON).find((h) => h.text === 'attacked')!;
    const marrow = ctx.mentions.find((m) => m.entityId === 'plc_marrow')!;
    const roles: HitRoles = { participants: [], place: marrow, placeTie: 'nearby' };
    const edges = edgesOf(
      other,
      [
        ['nsubj', 'attacked', 'Brigade'],
        ['acl:relcl', 'Brigade', 'met'],
        ['obl', 'met', 'Marrow'],
        ['case', 'Marrow', 'in'],
      ],
      { attacked: 'VBD', met: 'VBD' },
    );
    withParseRoles(roles, attack, parseGraph(edges, 0, other.length), ctx.mentions, other);
    expect(roles.place).toBeUndefined();
  });
});

describe('extractEvents with a dependency parse', () => {
  it('takes the agent of a passive from an obl:agent edge', () => {
    const text = 'Kestrel was retaken by the Red Brigade.';
    const edges = edgesOf(text, [
      ['nsubj:pass', 'retaken', 'Kestrel'],
      ['obl:agent', 'retaken', 'Brigade'],
    ]);
    const { events } = extractEvents({ ...fixtureContext(text, COMMON_ENTITIES), dependencies: edges });
    const agents = events[0]?.participants.filter((p) => p.role === 'AGENT').map((p) => p.actorId);
    expect(agents).toEqual(['act_red_brigade']);
  });

  it('reports no event for a verb the parse puts under a negation', () => {
    const text = 'The Red Brigade did not, in the end, attack Kestrel.';
    const edges = edgesOf(
      text,
      [
        ['nsubj', 'attack', 'Brigade'],
        ['aux', 'attack', 'did'],
        ['advmod', 'attack', 'not'],
        ['obj', 'attack', 'Kestrel'],
      ],
      { attack: 'VB' },
    );
    const context = fixtureContext(text, COMMON_ENTITIES);
    expect(extractEvents(context).events.length).toBeGreaterThan(0);
    expect(extractEvents({ ...context, dependencies: edges }).events).toEqual([]);
  });
});
