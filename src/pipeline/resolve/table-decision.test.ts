import { describe, expect, it } from 'vitest';
import { tableDecision, tableRule } from './table-decision.js';

describe('tableDecision', () => {
  it.each([
    ['Reuters', 'Reuters', 'exact'],
    ['Reuters news agency', 'Reuters', 'alias-table'],
  ])('gives %s, found as the entry %s, the rule %s', (name, canonical, rule) => {
    expect(tableRule(name, canonical)).toBe(rule);
  });

  it('keeps the name as written and the entry aliases without a leading "the", then the extra ones', () => {
    const decision = tableDecision(
      'UN',
      { name: 'United Nations', aliases: ['UN', 'the UN', 'U.N.'] },
      { id: 'actor:united-nations', kind: 'ACTOR', type: 'ORGANISATION' },
      ['UNO'],
    );
    expect(decision).toEqual({
      id: 'actor:united-nations',
      rule: 'alias-table',
      canonical: 'United Nations',
      kind: 'ACTOR',
      type: 'ORGANISATION',
      aliases: ['UN', 'UN', 'U.N.', 'UNO'],
    });
  });
});
