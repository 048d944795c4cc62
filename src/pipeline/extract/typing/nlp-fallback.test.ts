import { describe, expect, it } from 'vitest';
import type { CandidateHint } from '../candidates.js';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { hintedMention } from './nlp-fallback.js';

describe('hintedMention', () => {
  it.each<[string, CandidateHint, string, string]>([
    ['a person hint gives a person', 'PERSON', 'Quorvel', 'PERSON/nlp-person'],
    ['a place hint the gazetteer knows gives a town', 'PLACE', 'Kessrin', 'CITY/nlp-place'],
    ['a place hint it does not know gives another place', 'PLACE', 'Quorvel', 'OTHER/nlp-place'],
    [
      'an organisation hint gives an organisation',
      'ORGANISATION',
      'Quorvel',
      'ORGANISATION/nlp-organisation',
    ],
  ])('%s', (_label, hint, name, expected) => {
    const f = spanFixture(`Talks went on with ${name} later.`);
    const { from, to } = f.range(name);
    const inGazetteer = f.ctx.gazetteer.lookup(name) !== undefined;
    const mention = hintedMention(f.ctx, f.view.tokens, from, to, hint, inGazetteer);
    expect(`${mention.type}/${mention.cue}`).toBe(expected);
  });
});
