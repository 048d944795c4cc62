import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { placeTeamName } from './place-team-name.js';

function reads(text: string, name: string): boolean {
  const f = spanFixture(text);
  const { from, to } = f.range(name);
  return placeTeamName(f.ctx, f.view.tokens, from, to);
}

describe('placeTeamName', () => {
  it.each([
    ['The Varnholt Texans won 24-10 on Sunday.', 'Varnholt Texans'],
    ['Fans saw the Ostmere Red Sox win 7-3.', 'Ostmere Red Sox'],
    ['He plays baseball for the Kessrin Orioles.', 'Kessrin Orioles'],
  ])('reads a club in %j', (text, name) => {
    expect(reads(text, name)).toBe(true);
  });

  it.each([
    ['a town and a plural outside sport', 'Ostmere Texans said profits rose 5%.', 'Ostmere Texans'],
    ['a firm', 'Ostmere Instruments won the match 2-1.', 'Ostmere Instruments'],
    ['a surname last', 'Ostmere Jones won the match 2-1.', 'Ostmere Jones'],
    ['a landform last', 'The Ostmere Islands team won 2-1.', 'Ostmere Islands'],
    ['a name with no town', 'The Morvane Texans won 24-10.', 'Morvane Texans'],
  ])('leaves %s: %j', (_label, text, name) => {
    expect(reads(text, name)).toBe(false);
  });
});
