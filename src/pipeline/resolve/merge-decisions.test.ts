import { describe, expect, it } from 'vitest';
import type { Decision } from './decision.js';
import { bestType, mergeDecisions } from './merge-decisions.js';
import { testMention } from './test-mention.js';

function actor(id: string, type: Decision['type'], aliases: string[]): Decision {
  return { id, rule: 'exact', canonical: 'Harbour Board', kind: 'ACTOR', type, aliases };
}

describe('mergeDecisions', () => {
  const mentions = [
    testMention('Harbour Board', 'ACTOR', 'ORGANISATION', 0, 0.6),
    testMention('the Board', 'ACTOR', 'GOVERNMENT_BODY', 1, 0.9),
    testMention('Board', 'ACTOR', 'GOVERNMENT_BODY', 2, 0.5),
  ];
  const decisions = [
    actor('act_harbour_board', 'ORGANISATION', ['Harbour Board']),
    actor('act_harbour_board', 'GOVERNMENT_BODY', ['Board']),
    actor('act_harbour_board', 'GOVERNMENT_BODY', ['Board']),
  ];

  it('merges mentions with one id into one entity with its aliases once each', () => {
    const { entities } = mergeDecisions(mentions, decisions);
    expect([...entities.keys()]).toEqual(['act_harbour_board']);
    expect(entities.get('act_harbour_board')?.aliases).toEqual(['Board']);
  });

  it('keeps one link and one resolved mention per mention', () => {
    const { links, resolved } = mergeDecisions(mentions, decisions);
    expect(links).toHaveLength(3);
    expect(resolved.map((r) => r.entityId)).toEqual(Array(3).fill('act_harbour_board'));
  });

  it('types the entity by the summed confidence of its mentions', () => {
    const acc = mergeDecisions(mentions, decisions).entities.get('act_harbour_board')!;
    expect(bestType(acc)).toBe('GOVERNMENT_BODY');
    expect(acc.confidence).toBe(0.9);
  });
});
