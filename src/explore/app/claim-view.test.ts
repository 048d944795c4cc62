import { describe, expect, it } from 'vitest';
import { claimView, sourceCount } from './claim-view.js';
import type { AttributedClaim } from './queries.js';

const answer = (id: string, sources: number): AttributedClaim => ({
  claim: { id },
  kind: 'CREDIT',
  text: 'Victory belongs to the army and to our friends who helped us all the way to Palmyra',
  claimant: { id: 'act_assad', name: 'Bashar al-Assad' },
  credited: [{ id: 'act_army', name: 'Syrian Army' }],
  aboutEvents: [{ id: 'evt_recapture', label: 'Recapture of Palmyra', date: '2016-03-27' }],
  aboutActors: [],
  aboutPlaces: [],
  sources: Array.from({ length: sources }, (_, i) => ({ id: `art_${i}` })),
});

describe('claim-centred view', () => {
  it.each([
    [1, '1 source'],
    [3, '3 sources'],
  ])('counts %i article(s) as %j', (count, text) => {
    expect(sourceCount(count)).toBe(text);
  });

  it('draws speaker → claim → credited and about, with the articles folded into a source count', () => {
    const view = claimView([answer('clm_a', 3), answer('clm_b', 1)]);
    expect(view.nodes.map((n) => n.kind).sort()).toEqual(['Actor', 'Actor', 'Claim', 'Claim', 'Event']);
    expect(view.nodes.some((n) => n.kind === 'Article')).toBe(false);
    const claim = view.nodes.find((n) => n.id === 'clm_a');
    expect(claim?.caption).toMatch(/^3 sources · Victory belongs/);
    expect(view.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual([
      'act_assad SAID clm_a',
      'act_assad SAID clm_b',
      'clm_a ABOUT evt_recapture',
      'clm_a CREDITS act_army',
      'clm_b ABOUT evt_recapture',
      'clm_b CREDITS act_army',
    ]);
    expect(view.nodes.find((n) => n.id === 'evt_recapture')?.caption).toBe(
      'Recapture of Palmyra (2016-03-27)',
    );
  });
});
