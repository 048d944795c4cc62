import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { formatTable, parseParam, plainValue } from './cypher-values.js';

describe('parseParam', () => {
  it.each([
    ['limit=20', 'limit', neo4j.int(20)],
    ['subject="Palmyra"', 'subject', 'Palmyra'],
    ['subject=Palmyra', 'subject', 'Palmyra'],
    ['ids=[1,2]', 'ids', [neo4j.int(1), neo4j.int(2)]],
    ['score=0.5', 'score', 0.5],
    ['x=a=b', 'x', 'a=b'],
  ])('reads %s', (raw, name, value) => {
    expect(parseParam(raw)).toEqual([name, value]);
  });

  it('rejects a parameter without a name', () => {
    expect(parseParam('=1')).toBeUndefined();
    expect(parseParam('limit')).toBeUndefined();
  });
});

describe('plainValue', () => {
  it('turns integers into numbers and large ones into text', () => {
    expect(plainValue(neo4j.int(7))).toBe(7);
    expect(plainValue(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('keeps lists and maps, converting inside them', () => {
    expect(plainValue([neo4j.int(1), { a: neo4j.int(2) }])).toEqual([1, { a: 2 }]);
  });
});

describe('formatTable', () => {
  it('lines the columns up and cuts long cells', () => {
    const table = formatTable(
      ['name', 'n'],
      [
        ['Palmyra', 3],
        ['x'.repeat(80), null],
      ],
      10,
    );
    const lines = table.split('\n');
    expect(lines[0]).toBe('name       | n   ');
    expect(lines[3]).toBe(`${'x'.repeat(9)}… | null`);
  });
});
