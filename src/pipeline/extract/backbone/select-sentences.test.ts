import { describe, expect, it } from 'vitest';
import type { Mention, Sentence } from '../../../domain.js';
import { selectSentences } from './select-sentences.js';

/** One sentence starting at 0, with mentions given by their surface and confidence. */
function needOf(text: string, names: [string, number][] = []): string | undefined {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text };
  const mentions: Mention[] = names.map(([surface, confidence]) => {
    const start = text.indexOf(surface);
    return {
      surface,
      name: surface,
      kind: 'ACTOR',
      type: 'PERSON',
      titles: [],
      evidence: {
        articleId: 'a',
        sentenceIndex: 0,
        sentence: text,
        sentenceStart: 0,
        sentenceEnd: text.length,
        start,
        end: start + surface.length,
        confidence,
        extractor: 'rules/entities',
        extractorVersion: '0',
      },
    };
  });
  return selectSentences([sentence], mentions).get(0);
}

describe('selectSentences', () => {
  it.each([
    ['a reporting verb', 'The minister said the plan would work.', [], 'speech'],
    ['a reporting verb after a pronoun', 'He said the plan would work.', [], 'speech'],
    [
      'a reporting verb beside a strong name',
      'Mr Brown said the plan would work.',
      [['Mr Brown', 0.9]],
      undefined,
    ],
    [
      'a reporting verb before a strong name',
      '"It will work," said Jane Roe.',
      [['Jane Roe', 0.9]],
      undefined,
    ],
    [
      'a reporting verb beside a weak name',
      'Mr Brown said the plan would work.',
      [['Mr Brown', 0.5]],
      'speech',
    ],
    ['according to', 'Prices will rise, according to the bank.', [], 'speech'],
    ['a claim of responsibility', 'The group claimed responsibility for the attack.', [], 'speech'],
    [
      'a quotation without a reporting verb',
      '"This is the end of the road for the old plan."',
      [],
      undefined,
    ],
    ['a quotation with a name the rules did not take', '"Nobody saw Chelsea at home."', [], 'name'],
    ['a name the rules typed weakly', 'Shares in Yukos were quiet.', [['Yukos', 0.5]], 'name'],
    ['names the rules typed strongly', 'Shares in Yukos were quiet.', [['Yukos', 0.9]], undefined],
    ['no cue and no name', 'Shares were quiet on the day.', [], undefined],
    ['a day and a month, which are no names', 'Shares were quiet on Monday, as in March.', [], undefined],
    ['a given name that is also a month', 'Shares were quiet when May spoke.', [], 'name'],
    ['an event trigger', 'Shares in Yukos fell by 5%.', [['Yukos', 0.9]], 'event'],
    ['an event trigger beside a weak name', 'Shares in Yukos fell.', [['Yukos', 0.5]], 'event'],
  ] as [string, string, [string, number][], string | undefined][])('%s → %s', (_, text, names, need) => {
    expect(needOf(text, names)).toBe(need);
  });
});
