import { describe, expect, it } from 'vitest';
import { findByline } from './find-byline.js';

describe('findByline', () => {
  it.each([
    ['Written by Hank Jirousek', { author: 'Hank Jirousek', rule: 'written-by' }],
    ['By Jane Doe', { author: 'Jane Doe', rule: 'by' }],
    ['By Jane Doe, Reuters', { author: 'Jane Doe', outlet: 'Reuters', rule: 'by' }],
    ['BY Jane Q. Doe', { author: 'Jane Q. Doe', rule: 'by' }],
    [
      'By Ludwig van Beethoven | The Daily Planet',
      { author: 'Ludwig van Beethoven', outlet: 'The Daily Planet' },
    ],
    ['Posted 10:48am Sunday 3rd April 2016 by Hugh Baird.', { author: 'Hugh Baird', rule: 'posted-by' }],
    [
      'Hank Jirousek is a Writer for Progressive Army.',
      { author: 'Hank Jirousek', outlet: 'Progressive Army', rule: 'bio' },
    ],
    [
      'Simon Perry is the editor of the Digital Lifestyles website, which covers media',
      { author: 'Simon Perry', outlet: 'Digital Lifestyles' },
    ],
    [
      'Maria Lopez is a senior staff writer at The Example Times.',
      { author: 'Maria Lopez', outlet: 'The Example Times' },
    ],
    ['Author: Sam Smith', { author: 'Sam Smith', rule: 'label' }],
  ])('reads %j', (line, expected) => {
    expect(findByline(line)).toMatchObject(expected);
  });

  it.each([
    'By the time the army arrived, the city was empty.',
    'By Friday, the army had retaken the city.',
    'The army was backed by Russian airstrikes.',
    'Leave a Reply',
    '',
  ])('finds no byline in %j', (line) => {
    expect(findByline(line)).toBeUndefined();
  });
});
