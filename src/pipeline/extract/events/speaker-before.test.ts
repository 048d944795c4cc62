import { describe, expect, it } from 'vitest';
import { speaksBefore } from './speaker-before.js';

describe('speaksBefore', () => {
  it.each([
    [' said 400 fighters ', true],
    [' director, said that 400 fighters ', true],
    [' confirmed that over 400 militants were ', true],
    [' told reporters that the militants ', true],
    [' said it ', false],
    [' said that they ', false],
    [' has in recent months claimed responsibility for deadly ', false],
    [' admitted ', false],
    [' forces ', false],
    [' reported heavy ', false],
  ])('%j between a mention and a trigger: the mention only speaks → %s', (gap, expected) => {
    expect(speaksBefore(gap)).toBe(expected);
  });
});
