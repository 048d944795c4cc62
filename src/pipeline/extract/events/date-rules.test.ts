import { describe, expect, it } from 'vitest';
import { DATE_RULES } from './date-rules.js';

/** One or more writings for every rule, in the rules' order. */
const WRITTEN = [
  'It fell on Sunday 3rd April 2016.',
  'It fell on March 27, 2016.',
  'It fell in late October 2015.',
  'It fell in late October of last year.',
  'It fell on March 27.',
  'It fell on the 3rd of April.',
  'It fell late last May.',
  'It fell back in December.',
  'It fell between 2014 and 2015.',
  'It grew strong since early 2015.',
  'It fell last Friday.',
  'It fell yesterday, and again last night.',
  'It fell this week.',
  'It fell TWO DAYS AGO.',
];

describe('DATE_RULES', () => {
  it.each(DATE_RULES.map((rule, i) => [i, rule] as const))(
    'rule %i matches one of the writings, and only where its cue is',
    (_i, rule) => {
      const matched = WRITTEN.filter((text) => {
        rule.pattern.lastIndex = 0;
        return rule.pattern.test(text);
      });
      rule.pattern.lastIndex = 0;
      expect(matched.length).toBeGreaterThan(0);
      for (const text of matched) expect(rule.cue.test(text)).toBe(true);
    },
  );
});
