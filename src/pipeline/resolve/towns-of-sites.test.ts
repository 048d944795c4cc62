import { describe, expect, it } from 'vitest';
import type { Decision } from './decision.js';
import { testMention } from './test-mention.js';
import { townsOfSites } from './towns-of-sites.js';

function place(id: string, type: 'CITY' | 'SITE'): Decision {
  return { id, rule: 'exact', canonical: id, kind: 'PLACE', type, aliases: [] };
}

describe('townsOfSites', () => {
  it('puts a site in the town named in its sentence', () => {
    const mentions = [
      testMention('Old Mill', 'PLACE', 'SITE', 0),
      testMention('Brenton', 'PLACE', 'CITY', 0),
    ];
    const towns = townsOfSites(mentions, [place('plc_old_mill', 'SITE'), place('plc_brenton', 'CITY')]);
    expect(towns.get('plc_old_mill')).toBe('plc_brenton');
  });

  it('puts a site in the article’s main town when its sentence names none', () => {
    const mentions = [
      testMention('Brenton', 'PLACE', 'CITY', 0),
      testMention('Brenton', 'PLACE', 'CITY', 1),
      testMention('Old Mill', 'PLACE', 'SITE', 2),
    ];
    const decisions = [
      place('plc_brenton', 'CITY'),
      place('plc_brenton', 'CITY'),
      place('plc_old_mill', 'SITE'),
    ];
    expect(townsOfSites(mentions, decisions).get('plc_old_mill')).toBe('plc_brenton');
  });

  it('leaves a site without a town when no town dominates', () => {
    const mentions = [
      testMention('Brenton', 'PLACE', 'CITY', 0),
      testMention('Caldwick', 'PLACE', 'CITY', 1),
      testMention('Old Mill', 'PLACE', 'SITE', 2),
    ];
    const decisions = [
      place('plc_brenton', 'CITY'),
      place('plc_caldwick', 'CITY'),
      place('plc_old_mill', 'SITE'),
    ];
    expect(townsOfSites(mentions, decisions).has('plc_old_mill')).toBe(false);
  });
});
