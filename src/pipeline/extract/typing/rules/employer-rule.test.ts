import { beforeAll, describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../../../tests/fixtures/mention-runs.js';
import { loadGazetteer } from '../../../../knowledge/index.js';

beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('employerAfterTitle', () => {
  it.each([
    ['A spokesman for Varnel Builders said the firm would gain.', 'Varnel Builders', 'COMPANY'],
    ['Ivo Gelsen, an analyst with Brask Ormen & Van Tel, agreed.', 'Brask Ormen & Van Tel', 'ORGANISATION'],
    ['A lawyer for Marcus Delvane said no.', 'Marcus Delvane', 'PERSON'],
  ])('types the name in "%s"', (text, name, type) => {
    expect(mentionsOf(text).find((m) => m.name === name)?.type).toBe(type);
  });

  it('leaves a one-word name to the other rules: it may be a surname', () => {
    const mentions = mentionsOf('Leonard Quaresi said he liked working as an actor with Quaresi.');
    expect(mentions.filter((m) => m.type === 'ORGANISATION')).toEqual([]);
  });
});
