import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events/index.js';
import {
  COMMON_ENTITIES,
  fixtureContext,
  type FixtureEntity,
} from '../../../../tests/fixtures/event-context.js';
import { splitSentences } from '../split-sentences.js';
import { extractClaims } from './index.js';

const ENTITIES: FixtureEntity[] = [
  ...COMMON_ENTITIES,
  {
    id: 'act_harbour_motors',
    name: 'Harbour Motors',
    kind: 'ACTOR',
    type: 'COMPANY',
    surfaces: ['Harbour Motors'],
  },
  {
    id: 'act_valley_freight',
    name: 'Valley Freight Inc',
    kind: 'ACTOR',
    type: 'COMPANY',
    surfaces: ['Valley Freight Inc'],
  },
];

function claimsOf(text: string) {
  // The product's sentence splitter, which keeps 'Corp. said' in one sentence (the fixture's own does not).
  const ctx = { ...fixtureContext(text, ENTITIES, { id: 'art_test' }), sentences: splitSentences(text) };
  const { events, eventReports } = extractEvents(ctx);
  return extractClaims(ctx, events, eventReports).claims.map((c) => [c.claimantId, c.text]);
}

describe('extractClaims: a firm named with an abbreviated legal form', () => {
  it.each([
    [
      'Harbour Motors Corp. said on Thursday it would cut 900 jobs at the valley plant.',
      'act_harbour_motors',
      'it would cut 900 jobs at the valley plant',
    ],
    [
      'Valley Freight Inc. warned that its profits would fall this winter.',
      'act_valley_freight',
      'its profits would fall this winter',
    ],
    [
      'Harbour Motors Co., a former state-run maker, said Friday it is planning a listing in October.',
      'act_harbour_motors',
      'it is planning a listing in October',
    ],
  ])('gives %j to the firm', (text, claimant, claimText) => {
    expect(claimsOf(text)).toContainEqual([claimant, claimText]);
  });

  it('still reads a full stop after any other word as the end of a sentence', () => {
    expect(claimsOf('Harbour Motors cut jobs. Workers said the plant would close in the winter.')).toEqual(
      [],
    );
  });
});

describe('extractClaims: base forms of reporting verbs after a plural subject', () => {
  it.each([
    ['Northland officials warn that the valley plant would close.', 'the valley plant would close'],
    ['Eastmark officials confirm that the bridge stays open all winter.', 'the bridge stays open all winter'],
  ])('reads %j', (text, claimText) => {
    expect(claimsOf(text).map((c) => c[1])).toContain(claimText);
  });

  it.each([
    ['Tom Reyes was asked to confirm the harbour figures for the coming winter.'],
    ['The Northland Army and its allies insist on a bridge over the valley river.'],
  ])('finds no claim in %j', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
