import { describe, expect, it } from 'vitest';
import { compileCues } from './compile-cues.js';

describe('compileCues', () => {
  it('gives no cues for an absent or empty list', () => {
    expect(compileCues(undefined)).toBeUndefined();
    expect(compileCues([])).toBeUndefined();
  });

  it('splits words, phrases and placeholders', () => {
    const cues = compileCues(['Election', 'world cup', '<score>', '<percent>'])!;
    expect([...cues.words]).toEqual(['election']);
    expect(cues.phrases).toEqual([['world', 'cup']]);
    expect(cues).toMatchObject({ score: true, money: false, percent: true, actor: false });
  });
});
