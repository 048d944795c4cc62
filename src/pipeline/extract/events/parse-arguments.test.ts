import { describe, expect, it } from 'vitest';
import { edgesOf, type EdgeSpec } from '../../../../tests/fixtures/dependency-parse.js';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { findTriggers } from './find-triggers.js';
import { parseArguments } from './parse-arguments.js';
import { parseGraph } from './parse-graph.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

/** The parse's reading of the trigger `word` in `text`: roles as ROLE:id, and the place's id. */
function argumentsOf(text: string, word: string, specs: EdgeSpec[], tags: Record<string, string> = {}) {
  const context = fixtureContext(text, COMMON_ENTITIES);
  const hit = findTriggers(text, wordsOf(text), TRIGGER_LEXICON).find((h) => h.text === word)!;
  const graph = parseGraph(edgesOf(text, specs, tags), 0, text.length);
  const found = parseArguments(hit, graph, context.mentions, text);
  const places = context.mentions.filter((m) => m.kind === 'PLACE');
  return {
    roles: found?.participants.map((f) => `${f.role}:${f.mention.entityId}`) ?? [],
    place: found?.place?.entityId,
    elsewhere: places.filter((m) => found?.elsewhere(m)).map((m) => m.entityId),
  };
}

describe('parseArguments', () => {
  it('gives a noun its possessor as agent and its of-object the object role', () => {
    const text = "Westland's takeover of the Daily Courier was agreed.";
    const found = argumentsOf(text, 'takeover', [
      ['nmod:poss', 'takeover', 'Westland'],
      ['nmod', 'takeover', 'Courier'],
      ['case', 'Courier', 'of'],
      ['compound', 'Courier', 'Daily'],
    ]);
    expect(found.roles).toEqual(['AGENT:act_westland', 'TARGET:act_daily_courier']);
  });

  it('gives a noun the actor of its by-phrase as agent', () => {
    const text = 'The arrest of Omar Hale by the Red Brigade shocked Kestrel.';
    const found = argumentsOf(text, 'arrest', [
      ['nmod', 'arrest', 'Hale'],
      ['case', 'Hale', 'of'],
      ['nmod', 'arrest', 'Brigade'],
      ['case', 'Brigade', 'by'],
      ['nsubj', 'shocked', 'arrest'],
      ['obj', 'shocked', 'Kestrel'],
    ]);
    expect(found.roles).toEqual(['TARGET:act_omar_hale', 'AGENT:act_red_brigade']);
    // Kestrel is the object of another verb, not a place of the arrest.
    expect(found.place).toBeUndefined();
  });

  it.each<[string, string, string, EdgeSpec[], Record<string, string>]>([
    [
      'a locative adjunct of a verb',
      'The Red Brigade attacked the Northland Army in Kestrel.',
      'attacked',
      [
        ['nsubj', 'attacked', 'Brigade'],
        ['obj', 'attacked', 'Army'],
        ['obl', 'attacked', 'Kestrel'],
        ['case', 'Kestrel', 'in'],
      ],
      { attacked: 'VBD' },
    ],
    [
      'a locative adjunct of the verb whose object the noun is',
      'The Red Brigade launched an attack near Kestrel.',
      'attack',
      [
        ['nsubj', 'launched', 'Brigade'],
        ['obj', 'launched', 'attack'],
        ['obl', 'launched', 'Kestrel'],
        ['case', 'Kestrel', 'near'],
      ],
      { launched: 'VBD', attack: 'NN' },
    ],
  ])('takes the place from %s', (_, text, word, specs, tags) => {
    expect(argumentsOf(text, word, specs, tags).place).toBe('plc_kestrel');
  });

  it('puts a place of a relative clause about another deed elsewhere', () => {
    const text = 'The Red Brigade, which met in Marrow, attacked Kestrel.';
    const found = argumentsOf(
      text,
      'attacked',
      [
        ['nsubj', 'attacked', 'Brigade'],
        ['acl:relcl', 'Brigade', 'met'],
        ['nsubj', 'met', 'which'],
        ['obl', 'met', 'Marrow'],
        ['case', 'Marrow', 'in'],
        ['obj', 'attacked', 'Kestrel'],
      ],
      { attacked: 'VBD', met: 'VBD' },
    );
    expect(found.elsewhere).toEqual(['plc_marrow']);
  });

  it('keeps the place a where-clause modifies', () => {
    const text = 'Fans gathered at Kestrel, where the Red Brigade attacked.';
    const found = argumentsOf(
      text,
      'attacked',
      [
        ['nsubj', 'gathered', 'Fans'],
        ['obl', 'gathered', 'Kestrel'],
        ['case', 'Kestrel', 'at'],
        ['acl:relcl', 'Kestrel', 'attacked'],
        ['advmod', 'attacked', 'where'],
        ['nsubj', 'attacked', 'Brigade'],
      ],
      { attacked: 'VBD', gathered: 'VBD' },
    );
    expect(found.elsewhere).toEqual([]);
  });
});
