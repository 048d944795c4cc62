import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import { participleLead } from './participle-lead-rule.js';

describe('participleLead', () => {
  it.each([
    [
      'a past participle compound before a person',
      'Oscar-nominated Tessa Vane smiled.',
      'Oscar-nominated Tessa Vane',
      ['Tessa Vane=PERSON'],
    ],
    [
      'a present participle compound before a person',
      'Award-winning Tessa Vane smiled.',
      'Award-winning Tessa Vane',
      ['Tessa Vane=PERSON'],
    ],
    [
      'a seat compound before an unknown name',
      'Ostmere-based Natural Kelvane launched it.',
      'Ostmere-based Natural Kelvane',
      ['Natural Kelvane=COMPANY/seat-participle'],
    ],
    [
      'a state in the compound, and a known firm after it',
      'He joined US-based Microsoft in May.',
      'US-based Microsoft',
      ['US=COUNTRY/hyphen-place', 'Microsoft=COMPANY'],
    ],
    ['nothing for a hyphenated name', 'Kim Jong-il spoke.', 'Kim Jong-il', []],
    ['nothing for a compound that ends the span', 'The US-led coalition bombed it.', 'US-led', []],
    [
      'nothing for a short tail that only looks like a participle',
      'Chang-ting Vane spoke.',
      'Chang-ting Vane',
      [],
    ],
  ])('reads %s', (_label, text, name, expected) => {
    const result = participleLead.apply(spanFixture(text).input(name));
    expect(summary(result).map((s) => s.replace(/\/(?!seat-participle|hyphen-place).*$/, ''))).toEqual(
      expected,
    );
  });

  it('keeps the compound as the title of a person', () => {
    const result = participleLead.apply(
      spanFixture('Oscar-nominated Tessa Vane smiled.').input('Oscar-nominated Tessa Vane'),
    );
    expect(result?.mentions[0]?.titles).toEqual(['Oscar-nominated']);
  });
});
