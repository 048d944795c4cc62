import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../tests/fixtures/span-context.js';
import { analyseSpan } from './analyse-span.js';
import { CONFIDENCE } from './confidence.js';
import { SPAN_RULES } from './span-rules.js';
import type { SpanRule } from './span-types.js';

describe('analyseSpan', () => {
  it.each([
    [
      'drops a leading sentence opener',
      'The Kelvane Ministry said so.',
      'The Kelvane Ministry',
      ['Kelvane Ministry=GOVERNMENT_BODY/head-noun'],
    ],
    ['gives nothing for function words alone', 'The man came home.', 'The', []],
    [
      'tries the rules in order: a title before a head noun',
      'Syrian President Brenna Tolwick spoke.',
      'Syrian President Brenna Tolwick',
      ['Brenna Tolwick=PERSON/title-in-name'],
    ],
    [
      'types the rest of a span with the whole table',
      'Marta Quillon of the Brennick Observatory spoke.',
      'Marta Quillon of the Brennick Observatory',
      ['Marta Quillon=PERSON/name-of-body', 'Brennick Observatory=ORGANISATION/head-noun'],
    ],
    [
      'keeps a given name that is also a word before a surname',
      'Talks went on with Bill Quorvel later.',
      'Bill Quorvel',
      ['Bill Quorvel=PERSON/name-shape'],
    ],
    [
      'keeps a leading word inside a noun phrase with an organisation head',
      'It was the World Kelvane Organization that spoke.',
      'World Kelvane Organization',
      ['World Kelvane Organization=ORGANISATION/head-noun'],
    ],
    [
      'keeps an unknown single word pending',
      'Talks went on with Quorvel later.',
      'Quorvel',
      ['pending:Quorvel'],
    ],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(spanFixture(text).analyse(name))).toEqual(expected);
  });

  it('takes the first rule that applies', () => {
    const f = spanFixture('Talks went on with Quorvel later.');
    const seen: string[] = [];
    const rule = (name: string, applies: boolean): SpanRule => ({
      name,
      apply: () => {
        seen.push(name);
        return applies ? { mentions: [], pending: [] } : undefined;
      },
    });
    analyseSpan(f.ctx, f.view, f.range('Quorvel'), [rule('a', false), rule('b', true), rule('c', true)]);
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('SPAN_RULES', () => {
  it('names every rule once', () => {
    const names = SPAN_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('ends with a rule that always applies', () => {
    const f = spanFixture('Talks went on with Quorvel Tarrow Vosk later.');
    expect(SPAN_RULES.at(-1)!.apply(f.input('Quorvel Tarrow Vosk'))).toBeDefined();
  });

  it('keeps every confidence between 0 and 1', () => {
    for (const value of Object.values(CONFIDENCE)) expect(value > 0 && value <= 1).toBe(true);
  });
});
