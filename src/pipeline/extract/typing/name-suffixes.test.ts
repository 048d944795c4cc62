import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../knowledge/index.js';
import { findMentions } from '../find-mentions.js';
import { splitSentences } from '../split-sentences.js';

function people(text: string): string[] {
  const doc = { id: 'art_test', title: 'Test', text, contentHash: 'h', sourceFile: 'test.txt' };
  return findMentions(doc, splitSentences(text))
    .filter((m) => m.type === 'PERSON')
    .map((m) => m.name);
}

beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('generational suffixes stay with the person name', () => {
  it.each([
    ['Harold T. Brennan III opened the new plant in the valley.', 'Harold T. Brennan III'],
    ['Lionel Marcus Dray II compares the software to early phones.', 'Lionel Marcus Dray II'],
    ['Martin Luther King Jr. led the march through the town.', 'Martin Luther King Jr'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('a suffix alone after a title is no person', () => {
    expect(people('Martin Luther King Jr. led the march through the town.')).not.toContain('Jr');
  });
});
