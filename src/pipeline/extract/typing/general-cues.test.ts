import { beforeAll, describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../../tests/fixtures/mention-runs.js';
import { loadGazetteer } from '../../../knowledge/index.js';

beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('actor cues that hold for any article', () => {
  it.each([
    [
      'the class noun before a list',
      'Companies like Varnoxa can restrict the use of ports.',
      'Varnoxa',
      'COMPANY',
    ],
    [
      'the class noun after a list',
      'Quelbrin, Tessavo and many other companies left data open.',
      'Tessavo',
      'COMPANY',
    ],
    [
      'an apposition with a possessor',
      "Kelvane Amro, the Netherlands' largest bank, cut jobs.",
      'Kelvane Amro',
      'COMPANY',
    ],
    [
      'an apposition after a dash',
      'He joined Brask Ellor - an international property company - last year.',
      'Brask Ellor',
      'COMPANY',
    ],
    ['a newspaper title after "The"', 'He told The Observer that life was hard.', 'Observer', 'MEDIA'],
    [
      'a body named through a possessive',
      "A review by the Lord Chancellor's Department is due.",
      "Lord Chancellor's Department",
      'GOVERNMENT_BODY',
    ],
    [
      'a plural possessive inside a body',
      "Many members of the Transport and General Workers' Union voted.",
      "Transport and General Workers' Union",
      'ORGANISATION',
    ],
    [
      'an unknown acronym before a corporate title',
      'QXR Vice Chairman Chris Malloy said no.',
      'QXR',
      'COMPANY',
    ],
  ])('types a name by %s', (_, text, name, type) => {
    const found = mentionsOf(text).find((m) => m.name === name);
    expect(found?.type).toBe(type);
  });

  it('splits an age compound off a name, like a title', () => {
    const found = mentionsOf('Ten-year-old Dakota Farrow will play the girl.').find(
      (m) => m.type === 'PERSON',
    );
    expect(found?.name).toBe('Dakota Farrow');
  });

  it.each([
    [
      'an acronym the article spells out in lower case',
      'It allows foreign direct investment. Allowing FDI in the country is harmful.',
      'FDI',
    ],
    ['a fictional character', "The film sees Cage's character Ben Gatesby chase a fortune.", 'Ben Gatesby'],
    [
      'a plural event named after its places',
      'The event joins the US and Australian Opens in paying equally.',
      'Australian Opens',
    ],
  ])('takes no actor from %s', (_, text, name) => {
    expect(mentionsOf(text).some((m) => m.kind === 'ACTOR' && m.name === name)).toBe(false);
  });

  it('keeps the last countries of a list opened by "in" as places', () => {
    const mentions = mentionsOf('Operations in the Netherlands and the United Kingdom will be hit.');
    expect(mentions.find((m) => m.name === 'United Kingdom')?.kind).toBe('PLACE');
  });
});
