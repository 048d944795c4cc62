import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../../tests/fixtures/span-context.js';
import { textAfterWorkCue } from '../not-actor-cues.js';
import { notAnActor } from './not-actor-rules.js';

describe('notAnActor', () => {
  it.each([
    ['a title after a work noun', 'She starred in the 1951 film The Lantern Keeper.', 'Lantern Keeper'],
    ['a quoted title after a work noun', 'He sang the song "Harbour Lights" twice.', 'Harbour Lights'],
    [
      'a later title of a list after "roles in"',
      'She had roles in Blue Orchard, Cold Harbour and Tin Crown.',
      'Tin Crown',
    ],
    [
      'a title in a list after "games such as"',
      'It makes games such as Iron Vale and Moon Harvest.',
      'Moon Harvest',
    ],
    [
      'a title in a list that a verb joins to a work noun',
      'The ten games for the console include Iron Vale and Moon Harvest.',
      'Moon Harvest',
    ],
    ['a title said to be a work', 'Silver Lantern is the next spy movie.', 'Silver Lantern'],
    ['a competition named after a nationality', 'He lost in the Australian Open final.', 'Australian Open'],
    ['a product', 'A flaw in Media Player was patched.', 'Media Player'],
  ])('drops %s', (_label, text, name) => {
    const result = notAnActor.apply(spanFixture(text, ['DE']).input(name));
    expect(result?.mentions).toEqual([]);
  });

  it.each([
    ['a person after a verb', 'Police arrested Tomas Brell on Friday.', 'Tomas Brell'],
    ['a person led by a given name, whatever the last word', 'The golfer Gary Player won.', 'Gary Player'],
    ['a firm described as the maker of games', 'Fenwick Labs, the maker of games, grew.', 'Fenwick Labs'],
    ['an organisation named like a charity', 'Care International said so.', 'Care International'],
    ['a titled person after a named programme', 'On the Today programme Mr Brell was asked.', 'Mr Brell'],
  ])('keeps %s', (_label, text, name) => {
    expect(notAnActor.apply(spanFixture(text).input(name))).toBeUndefined();
  });

  it('keeps the town a competition is named after as a place', () => {
    const result = notAnActor.apply(
      spanFixture('She won the Varnholt Marathon in April.', ['DE']).input('Varnholt Marathon'),
    );
    expect(result?.mentions.map((m) => [m.name, m.kind])).toEqual([['Varnholt', 'PLACE']]);
  });

  it('reports a work title so its other mentions can be dropped', () => {
    const result = notAnActor.apply(spanFixture('They read the novel Grey Meadow.').input('Grey Meadow'));
    expect(result?.notActors).toEqual(['Grey Meadow']);
  });
});

describe('textAfterWorkCue', () => {
  it.each([
    [
      'a title in a list after a work cue',
      'It makes games such as Iron Vale and Moon Harvest.',
      'Moon Harvest',
      true,
    ],
    ['a name after a verb', 'Police arrested Tomas Brell on Friday.', 'Tomas Brell', false],
    ['a list verb without a work noun', 'The new board includes Tomas Brell.', 'Tomas Brell', false],
  ])('reads %s', (_label, text, name, expected) => {
    expect(textAfterWorkCue(text, text.indexOf(name))).toBe(expected);
  });
});
