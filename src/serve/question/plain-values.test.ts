import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plainValue } from './plain-values.js';

describe('plainValue', () => {
  it('turns Neo4j integers into numbers, inside maps and lists too', () => {
    expect(plainValue({ start: neo4j.int(12), spans: [neo4j.int(1), { end: neo4j.int(3) }] })).toEqual({
      start: 12,
      spans: [1, { end: 3 }],
    });
  });

  it('keeps integers beyond 2^53 exact, as strings', () => {
    expect(plainValue(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('writes temporal values as ISO strings', () => {
    expect(plainValue(new neo4j.types.Date(2016, 3, 27))).toBe('2016-03-27');
  });

  it('turns undefined into null and leaves other scalars alone', () => {
    expect([undefined, null, 'x', 1.5, true].map(plainValue)).toEqual([null, null, 'x', 1.5, true]);
  });

  it('copies maps and lists, so the answer is not the driver’s own objects', () => {
    const read = { places: [{ name: 'Palmyra', at: new neo4j.types.Date(2016, 3, 27) }] };
    const plain = plainValue(read) as typeof read;
    expect(plain).toEqual({ places: [{ name: 'Palmyra', at: '2016-03-27' }] });
    expect(plain.places).not.toBe(read.places);
    expect(read.places[0]?.at).toBeInstanceOf(neo4j.types.Date);
  });
});
