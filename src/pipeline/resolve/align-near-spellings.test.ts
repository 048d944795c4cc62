import { describe, expect, it } from 'vitest';
import { alignNearSpellings } from './align-near-spellings.js';
import type { Decision } from './decision.js';

function town(id: string, rule: string, geonameId: number): Decision {
  return { id, rule, canonical: id, kind: 'PLACE', type: 'CITY', aliases: [], geonameId };
}

describe('alignNearSpellings', () => {
  it('gives a slip the id of the town as the article spells it', () => {
    const out = alignNearSpellings([town('plc_tadmur', 'near-spelling', 1), town('plc_palmyra', 'exact', 1)]);
    expect(out.map((d) => d.id)).toEqual(['plc_palmyra', 'plc_palmyra']);
  });

  it('leaves a slip for another town alone', () => {
    const out = alignNearSpellings([town('plc_tadmur', 'near-spelling', 1), town('plc_homs', 'exact', 2)]);
    expect(out.map((d) => d.id)).toEqual(['plc_tadmur', 'plc_homs']);
  });
});
