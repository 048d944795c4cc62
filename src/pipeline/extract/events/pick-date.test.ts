import { describe, expect, it } from 'vitest';
import { findTriggers } from './find-triggers.js';
import { findDates } from './normalise-date.js';
import { pickDate } from './pick-date.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

function dateOf(text: string): string | undefined {
  const hit = findTriggers(text, wordsOf(text), TRIGGER_LEXICON)[0]!;
  return pickDate(hit, findDates(text, 0, { year: 2016, month: 3, day: 28 }), text)?.text;
}

describe('pickDate', () => {
  it.each([
    ['The Northland Army recaptured Kestrel on March 27.', 'on March 27'],
    ['On March 27 the Northland Army recaptured Kestrel.', 'On March 27'],
    ['The recapture of Kestrel, which took weeks, ended on March 27.', undefined],
    ['The Northland Army recaptured Kestrel for the first time since 2012.', undefined],
    ['The Northland Army, the victor in 2012, recaptured Kestrel.', undefined],
    ['In 2012, the Northland Army recaptured Kestrel.', 'In 2012'],
  ])('%s → %s', (text, expected) => expect(dateOf(text)).toBe(expected));
});
