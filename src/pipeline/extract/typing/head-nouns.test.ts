import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { descriptorType, headType, namesALaw, organisationShaped } from './head-nouns.js';

const on = (text: string, name: string) => {
  const f = spanFixture(text);
  const { from, to } = f.range(name);
  return { f, from, to };
};

describe('headType', () => {
  it.each([
    [
      'the last word',
      'The Kelvane Ministry met.',
      'Kelvane Ministry',
      { kind: 'ACTOR', type: 'GOVERNMENT_BODY' },
    ],
    ['"<Head> of …"', 'The Temple of Bel stood.', 'Temple of Bel', { kind: 'PLACE', type: 'SITE' }],
    ['a media head', 'The Morvale Times ran it.', 'Morvale Times', { kind: 'ACTOR', type: 'MEDIA' }],
    ['a head noun alone is not enough', 'The Ministry met.', 'Ministry', undefined],
    [
      'a broadcast head inside the name',
      'He told Kelvane Radio Morvale.',
      'Kelvane Radio Morvale',
      { kind: 'ACTOR', type: 'MEDIA' },
    ],
    [
      'a station number after its head',
      'He told Channel 5 so.',
      'Channel 5',
      { kind: 'ACTOR', type: 'MEDIA' },
    ],
    ['a broadcast head far from the end', 'He met Radio 1 DJ Ann Lee.', 'Radio 1 DJ Ann Lee', undefined],
  ])('types by %s', (_label, text, name, expected) => {
    const { f, from, to } = on(text, name);
    expect(headType(f.ctx, f.view.tokens, from, to)).toEqual(expected);
  });
});

describe('namesALaw', () => {
  it.each([
    ['a law head last', 'The Kelvane Act passed.', 'Kelvane Act', true],
    [
      'a treaty head before "on"',
      'The Kelvane Convention on Fishing passed.',
      'Kelvane Convention on Fishing',
      true,
    ],
    ['a body', 'The Kelvane Ministry passed it.', 'Kelvane Ministry', false],
  ])('%s', (_label, text, name, expected) => {
    const { f, from, to } = on(text, name);
    expect(namesALaw(f.ctx, f.view.tokens, from, to)).toBe(expected);
  });
});

describe('descriptorType', () => {
  it.each([
    ['before the name', 'She met the newspaper Morvale there.', 'Morvale', 'MEDIA'],
    ['a trade noun before the name', 'A spokesman for distributor Morvale spoke.', 'Morvale', 'COMPANY'],
    ['a sector noun before "group"', 'It is owned by the food group Morvale.', 'Morvale', 'COMPANY'],
    [
      'a membership noun after the name',
      'A former Kelvane Riders member was jailed.',
      'Kelvane Riders',
      'ORGANISATION',
    ],
    ['"group" alone', 'It was backed by the rights group Morvale.', 'Morvale', 'ORGANISATION'],
    ['a firm’s noun after the name', 'Prices rose, says the Morvale building society.', 'Morvale', 'COMPANY'],
    [
      'ending an apposition',
      'She urged Kelvane Relief, the aid agency she works for, to act.',
      'Kelvane Relief',
      'ORGANISATION',
    ],
    [
      'inside a longer noun it does not count',
      'She met Kelvane, the party leader, there.',
      'Kelvane',
      undefined,
    ],
  ])('%s', (_label, text, name, expected) => {
    const { f, from, to } = on(text, name);
    expect(descriptorType(f.ctx, f.view.tokens, from, to)).toBe(expected);
  });
});

describe('organisationShaped', () => {
  it.each([
    ['an ampersand', 'Kelder & Voss rose.', 'Kelder & Voss', true],
    ['a leading nationality', 'Swiss Kelder rose.', 'Swiss Kelder', true],
    ['an everyday last word', 'Quenby Borders rose.', 'Quenby Borders', true],
    ['a given name first', 'Brenna Tolwick rose.', 'Brenna Tolwick', false],
  ])('%s', (_label, text, name, expected) => {
    const { f, from, to } = on(text, name);
    expect(organisationShaped(f.ctx, f.view.tokens, from, to)).toBe(expected);
  });
});
