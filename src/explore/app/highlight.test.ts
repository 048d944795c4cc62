import { describe, expect, it } from 'vitest';
import { articleSegments, sentenceSegments } from './highlight.js';

const text = 'Troops entered the city. Assad said "it is a great victory" on Sunday. Others disagreed.';
const sentenceStart = text.indexOf('Assad');
const sentenceEnd = text.indexOf(' Others');
const start = text.indexOf('"it');
const end = text.indexOf('victory"') + 'victory"'.length;
const evidence = { sentence: text.slice(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd, start, end };

describe('sentenceSegments', () => {
  it('marks the quote inside its sentence using article offsets', () => {
    expect(sentenceSegments(evidence)).toEqual([
      { text: 'Assad said ', mark: 'none' },
      { text: '"it is a great victory"', mark: 'span' },
      { text: ' on Sunday.', mark: 'none' },
    ]);
  });

  it('marks the whole sentence when the span covers it', () => {
    expect(sentenceSegments({ ...evidence, start: sentenceStart, end: sentenceEnd })).toEqual([
      { text: evidence.sentence, mark: 'span' },
    ]);
  });

  it.each([
    ['a span past the sentence end', { start: sentenceEnd - 3, end: sentenceEnd + 50 }, 'ay.'],
    ['a span before the sentence', { start: 0, end: sentenceStart + 5 }, 'Assad'],
  ])('clamps %s', (_name, span, marked) => {
    const segments = sentenceSegments({ ...evidence, ...span });
    expect(segments.find((segment) => segment.mark === 'span')?.text).toBe(marked);
    expect(segments.map((segment) => segment.text).join('')).toBe(evidence.sentence);
  });

  it('returns the sentence unmarked when the span is empty or inverted', () => {
    expect(sentenceSegments({ ...evidence, start: end, end: start })).toEqual([
      { text: evidence.sentence, mark: 'none' },
    ]);
  });
});

describe('articleSegments', () => {
  it('shows the sentence in its context with the sentence and the span marked', () => {
    const segments = articleSegments(text, evidence);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(
      segments
        .filter((segment) => segment.mark !== 'none')
        .map((segment) => segment.text)
        .join(''),
    ).toBe(evidence.sentence);
    expect(segments.find((segment) => segment.mark === 'span')?.text).toBe('"it is a great victory"');
  });

  it('cuts long context at word boundaries with an ellipsis', () => {
    const long = `${'word '.repeat(200)}${text}${' more'.repeat(200)}`;
    const shift = 'word '.repeat(200).length;
    const shifted = {
      ...evidence,
      sentenceStart: sentenceStart + shift,
      sentenceEnd: sentenceEnd + shift,
      start: start + shift,
      end: end + shift,
    };
    const segments = articleSegments(long, shifted, 40);
    const first = segments[0]?.text ?? '';
    const last = segments[segments.length - 1]?.text ?? '';
    expect(first.startsWith('…')).toBe(true);
    expect(first.length).toBeLessThanOrEqual(41);
    expect(last.endsWith('…')).toBe(true);
    expect(segments.find((segment) => segment.mark === 'span')?.text).toBe('"it is a great victory"');
  });
});
