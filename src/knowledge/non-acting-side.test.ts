import { describe, expect, it } from 'vitest';
import { cannotAct } from './non-acting-side.js';

describe('cannotAct', () => {
  it.each([
    ['a news agency', 'DESTRUCTION', { type: 'MEDIA', name: 'Agence France-Presse' }],
    ['a court', 'DESTRUCTION', { type: 'ORGANISATION', name: 'International Criminal Court' }],
    ['a monitor', 'KILLING', { type: 'ORGANISATION', name: 'Syrian Observatory for Human Rights' }],
    ['an aid body', 'AIRSTRIKE', { type: 'ORGANISATION', name: 'UNICEF' }],
  ])('sets aside %s as the acting side of a use of force', (_what, kind, actor) => {
    expect(cannotAct(kind, actor)).toBe(true);
  });

  it.each([
    ['an alliance carrying out airstrikes', 'AIRSTRIKE', { type: 'ORGANISATION', name: 'NATO' }],
    ['an armed group', 'DESTRUCTION', { type: 'ARMED_GROUP', name: 'Islamic State' }],
    ['a court ordering an arrest', 'ARREST', { type: 'ORGANISATION', name: 'International Criminal Court' }],
    ['a news agency making a statement', 'STATEMENT', { type: 'MEDIA', name: 'Reuters' }],
    ['a person whose name holds one of the words', 'KILLING', { type: 'PERSON', name: 'Jane Court' }],
  ])('keeps %s', (_what, kind, actor) => {
    expect(cannotAct(kind, actor)).toBe(false);
  });
});
