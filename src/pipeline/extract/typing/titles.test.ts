import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { hasSpeechCue, leftTitle, rightTitle } from './titles.js';

describe('leftTitle', () => {
  it.each([
    ['a title and comma before the name', 'Kremlin spokesman, Dorin Valcu, denied it.', 'Kremlin spokesman'],
    [
      '"<title> of <words>" before the comma',
      'The former head of antiquities, Dorin Valcu, spoke.',
      'former head of antiquities',
    ],
    ['no title', 'Yesterday Dorin Valcu spoke.', undefined],
  ])('%s', (_label, text, expected) => {
    const f = spanFixture(text);
    expect(leftTitle(f.ctx, f.view.tokens, f.range('Dorin').from)?.text).toBe(expected);
  });
});

describe('rightTitle', () => {
  it.each([
    [
      'a title in apposition',
      'Dorin Valcu, director general of antiquities, spoke.',
      'director general of antiquities',
    ],
    ['after a possessive determiner', 'Dorin Valcu, its chairman, spoke.', 'chairman'],
    ['no title in apposition', 'Dorin Valcu, who left, spoke.', undefined],
  ])('%s', (_label, text, expected) => {
    const f = spanFixture(text);
    expect(rightTitle(f.ctx, f.view.tokens, f.range('Dorin Valcu').to)?.text).toBe(expected);
  });
});

describe('hasSpeechCue', () => {
  it.each([
    ['a verb after the name', 'Dorin Valcu said no.', true],
    ['a verb after the comma', 'Dorin Valcu, said no.', true],
    ['a verb before the name', 'It is late, said Dorin Valcu.', true],
    ['"according to" before the name', 'It is late, according to Dorin Valcu.', true],
    ['no speech verb', 'It is late for Dorin Valcu.', false],
    ['an auxiliary before the verb', 'Dorin Valcu has said no.', true],
    ['two auxiliaries before the verb', 'Dorin Valcu had also said no.', true],
    ['another verb before the speech verb', 'Dorin Valcu wanted to say no.', false],
  ])('%s', (_label, text, expected) => {
    const f = spanFixture(text);
    const { from, to } = f.range('Dorin Valcu');
    expect(hasSpeechCue(f.ctx, f.view.tokens, from, to)).toBe(expected);
  });
});
