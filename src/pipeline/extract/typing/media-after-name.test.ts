import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../knowledge/index.js';
import { findMentions } from '../find-mentions.js';
import { splitSentences } from '../split-sentences.js';

function typeOf(text: string, name: string): string | undefined {
  const doc = { id: 'art_test', title: 'Test', text, contentHash: 'h', sourceFile: 'test.txt' };
  return findMentions(doc, splitSentences(text)).find((m) => m.name === name)?.type;
}

beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('an outlet noun right after a name makes it MEDIA', () => {
  it.each([
    ['The Varnek news agency reported two arrests at the port.', 'Varnek'],
    ['Officials told the Corlis Examiner newspaper that talks had stalled.', 'Corlis Examiner'],
    ['According to the Halden Tide broadcaster, the vote was delayed.', 'Halden Tide'],
  ])('%s → %s is MEDIA', (text, name) => {
    expect(typeOf(text, name)).toBe('MEDIA');
  });

  it('a capitalised word after the name is not such a noun', () => {
    expect(typeOf('Marta Quillon Newspaper Awards were handed out.', 'Marta Quillon')).not.toBe('MEDIA');
  });
});
