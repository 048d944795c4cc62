import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { findTriggers } from './find-triggers.js';
import { extractEvents } from './index.js';
import { parseRoles } from './parse-roles.js';
import type { DependencyEdge } from './parse-roles.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

function span(text: string, word: string): { start: number; end: number } {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
}

describe('parseRoles', () => {
  const text = 'The Red Brigade retook Kestrel from the Northland Army.';
  const context = fixtureContext(text, COMMON_ENTITIES);
  const hit = findTriggers(text, wordsOf(text), TRIGGER_LEXICON)[0]!;

  it('gives the subject of a verb trigger its subject role and the object its object role', () => {
    const edges: DependencyEdge[] = [
      { relation: 'nsubj', head: span(text, 'retook'), dependent: span(text, 'Brigade') },
    ];
    expect(parseRoles(hit, edges, context.mentions).map((f) => `${f.role}:${f.mention.entityId}`)).toEqual([
      'AGENT:act_red_brigade',
    ]);
  });

  it('gives nothing for edges that leave another word', () => {
    const edges: DependencyEdge[] = [
      { relation: 'nsubj', head: span(text, 'Kestrel'), dependent: span(text, 'Brigade') },
    ];
    expect(parseRoles(hit, edges, context.mentions)).toEqual([]);
  });
});

describe('extractEvents with a dependency parse', () => {
  it('takes the agent of a passive from an obl:agent edge', () => {
    const text = 'Kestrel was retaken by the Red Brigade.';
    const edges: DependencyEdge[] = [
      { relation: 'nsubj:pass', head: span(text, 'retaken'), dependent: span(text, 'Kestrel') },
      { relation: 'obl:agent', head: span(text, 'retaken'), dependent: span(text, 'Brigade') },
    ];
    const { events } = extractEvents({ ...fixtureContext(text, COMMON_ENTITIES), dependencies: edges });
    const agents = events[0]?.participants.filter((p) => p.role === 'AGENT').map((p) => p.actorId);
    expect(agents).toEqual(['act_red_brigade']);
  });
});
