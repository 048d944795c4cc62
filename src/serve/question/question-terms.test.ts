import { describe, expect, it } from 'vitest';
import { questionTerms } from './question-terms.js';

describe('questionTerms', () => {
  it('reads a place, an event word and the ask words of a question', () => {
    const terms = questionTerms('Who claimed responsibility for the bombing in Ankara?');
    expect(terms).toMatchObject({
      words: ['bombing', 'ankara'],
      typeWords: [{ word: 'bombing', types: ['BOMBING', 'ATTACK'] }],
      types: ['BOMBING', 'ATTACK'],
      keyWords: ['ankara'],
    });
    expect(terms?.phrases).toEqual(expect.arrayContaining(['bombing', 'ankara', 'bombing in ankara']));
    expect(terms?.phrases).not.toContain('responsibility');
    expect(terms?.eventQuery).toBe('bombing bombing* ankara ankara* bombing attack');
  });

  it.each([
    ['the liberation of Mosul', ['RECAPTURE'], ['mosul']],
    ['recapture of Palmyra', ['RECAPTURE'], ['palmyra']],
    ['Palmyra offensive', ['OFFENSIVE'], ['palmyra']],
    ['siege of Zzyzxville', ['OFFENSIVE', 'ATTACK'], ['zzyzxville']],
    ['besieged', [], ['besieged']],
    ['2016 Ankara bombing', ['BOMBING', 'ATTACK'], ['2016', 'ankara']],
  ])('reads %j as types %j and key words %j', (input, types, keyWords) => {
    expect(questionTerms(input)).toMatchObject({ types, keyWords });
  });

  it('keeps names with function words inside as phrases, never at their ends', () => {
    const phrases = questionTerms('claims of the Ministry of Drums')?.phrases ?? [];
    expect(phrases).toContain('ministry of drums');
    expect(phrases).not.toContain('of drums');
    expect(phrases).not.toContain('the ministry');
  });

  it('groups the campaign of the types named', () => {
    expect(questionTerms('the recapture')?.campaigns).toEqual([
      ['CAPTURE', 'RECAPTURE', 'OFFENSIVE', 'AIRSTRIKE', 'ATTACK', 'WITHDRAWAL', 'DESTRUCTION'],
    ]);
    expect(questionTerms('the flood')?.campaigns).toEqual([]);
  });

  it.each([[''], ['   '], ['who claimed responsibility?'], ['~*?']])(
    'finds nothing to match in %j',
    (input) => {
      expect(questionTerms(input)).toBeUndefined();
    },
  );
});
