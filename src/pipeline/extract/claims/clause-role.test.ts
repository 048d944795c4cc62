import { describe, expect, it } from 'vitest';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';

const claimsOf = (text: string) => runClaims(text, 'art_test', WITH_ACME_HOLDINGS).claims;

describe('clauseRole: a speaker pronoun stands for a subject', () => {
  it.each([
    // A pronoun stands for a subject, not for the object of a verb, a list in a relative clause or a
    // name in apposition inside a prepositional phrase.
    [
      'Ada Vance said the plan was sound. She praised striker Omar Hale. "We deserved the win," she said.',
      'act_ada_vance',
      'We deserved the win',
    ],
    [
      'Tom Reyes is in Marrow to open his new film, which also stars Omar Hale and Ada Vance. He said: "The film is about my home town."',
      'act_tom_reyes',
      'The film is about my home town.',
    ],
    [
      'The plan would fail, Tom Reyes said in an interview conducted by the paper\'s editor, Omar Hale. He said: "Nobody listened to the engineers."',
      'act_tom_reyes',
      'Nobody listened to the engineers.',
    ],
    // ', he added' does not stand for a name in the words it attributes, nor for the subject of a
    // statement reported before.
    [
      'Tom Reyes said the port was shut. But Omar Hale had been hurt by the storm, he added.',
      'act_tom_reyes',
      'But Omar Hale had been hurt by the storm',
    ],
    [
      'Tom Reyes said Omar Hale had left the port. "We will rebuild it," he added.',
      'act_tom_reyes',
      'We will rebuild it',
    ],
    [
      'The list was chosen by the Daily Courier. The harbour was first. The bridge came second. Boats were third. "We included only things that float," said the newspaper.',
      'act_daily_courier',
      'We included only things that float',
    ],
    [
      'The plan met protests from the Red Brigade, which said the harbour would be lost.',
      'act_red_brigade',
      'the harbour would be lost',
    ],
    // A plural group noun phrase ('Both companies', 'the two firms') stands for actors of its kind.
    [
      'Acme Holdings reported higher sales. Both companies also warned that costs would rise.',
      'act_acme',
      'costs would rise',
    ],
  ])('attributes %j', (text, claimant, claimText) => {
    expect(claimsOf(text).map((c) => [c.claimantId, c.text])).toContainEqual([claimant, claimText]);
  });
});
