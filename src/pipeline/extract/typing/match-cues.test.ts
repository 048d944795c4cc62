import { describe, expect, it } from 'vitest';
import { hasScore, playsMatch } from './match-cues.js';

function at(text: string, name: string, sportyArticle = false): boolean {
  const start = text.indexOf(name);
  return playsMatch(text, start, start + name.length, sportyArticle);
}

describe('playsMatch', () => {
  it.each([
    ['Lithuania defeated the United States 94-90 in a game.', 'Lithuania'],
    ['Lithuania defeated the United States 94-90 in a game.', 'United States'],
    ['England beat Wales 2-1 on Saturday.', 'Wales'],
    ['fans who abused players during a friendly match with Spain.', 'Spain'],
    ['It was a Six Nations defeat to Ireland.', 'Ireland'],
    ['abused England players during a football match.', 'England'],
    ['The World Cup game against Italy is on Sunday.', 'Italy'],
  ])('makes a side of the country in %j (%s)', (text, name) => {
    expect(at(text, name)).toBe(true);
  });

  it.each([
    ['Russia defeated the rebels in the north.', 'Russia'],
    ['The talks with Spain broke down.', 'Spain'],
    ['It was a border clash with India.', 'India'],
    ['The victory over France in 1815 changed Europe.', 'France'],
    ['US players in the mobile market cut prices.', 'US'],
    ['Britain beat the deadline by 2004-05.', 'Britain'],
  ])('leaves the state in %j (%s)', (text, name) => {
    expect(at(text, name)).toBe(false);
  });

  it('reads a result or a role in an article that reads as sport', () => {
    expect(at('The victory over France was deserved.', 'France', true)).toBe(true);
    expect(at("Scotland's back row held firm.", 'Scotland', true)).toBe(true);
    expect(at("India's defence minister spoke.", 'India', true)).toBe(false);
  });
});

describe('hasScore', () => {
  it.each([
    ['won 2-1 at home', true],
    ['a 94-90 win', true],
    ['the 2004-05 season', false],
    ['rates rose 2-3% last year', false],
  ])('%j → %s', (text, expected) => {
    expect(hasScore(text)).toBe(expected);
  });
});
