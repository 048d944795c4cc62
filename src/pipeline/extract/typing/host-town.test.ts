import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { hostTown } from './host-town.js';

function hostOf(text: string, name: string): string | undefined {
  const { ctx, tokens, from, to } = spanFixture(text, ['DE']).input(name);
  return hostTown(ctx, tokens, from, to)?.name;
}

describe('hostTown', () => {
  it.each([
    ['a marathon', 'She won the Varnholt Marathon in April.', 'Varnholt Marathon', 'Varnholt'],
    ['a film festival', 'It was shown at the Varnholt Film Festival.', 'Varnholt Film Festival', 'Varnholt'],
    [
      'a festival with more words between',
      'He was honoured at the Varnholt International Film Festival.',
      'Varnholt International Film Festival',
      'Varnholt',
    ],
    ['a motor show', 'The car was unveiled at the Varnholt Motor Show.', 'Varnholt Motor Show', 'Varnholt'],
  ])('gives the town that names %s', (_label, text, name, town) => {
    expect(hostOf(text, name)).toBe(town);
  });

  it.each([
    ['a name with no event head', 'He joined Varnholt Capital last year.', 'Varnholt Capital'],
    ['a competition named after a people', 'He lost in the Australian Open final.', 'Australian Open'],
    [
      'a festival named after no town',
      'It was shown at the Moonlight Film Festival.',
      'Moonlight Film Festival',
    ],
    ['a head alone', 'The Festival opened on Friday.', 'Festival'],
  ])('gives nothing for %s', (_label, text, name) => {
    expect(hostOf(text, name)).toBeUndefined();
  });
});
