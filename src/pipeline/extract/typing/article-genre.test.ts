import { describe, expect, it } from 'vitest';
import { articleGenre, readsAsMatchReport } from './article-genre.js';

const SPORTS = new Set(['victory', 'defeat', 'striker', 'goal', 'league', 'squad']);
const BUSINESS = new Set(['shares', 'profit', 'investors']);

describe('readsAsMatchReport', () => {
  it.each([
    [
      'several different sports words',
      'The striker hit a late goal and the squad climbed the league after the victory.',
      true,
    ],
    [
      'one war word repeated',
      'Victory at the pass, the general called it; victory again at the river; victory, victory.',
      false,
    ],
    [
      'two sports words repeated',
      'Victory, then defeat, then victory and defeat once more for the rebels.',
      false,
    ],
    [
      'sports words outweighed by business words',
      'The striker, the goal and the league lifted shares; investors saw profit, shares rose, profit too, investors cheered.',
      false,
    ],
    ['too few sports words', 'A striker scored one goal.', false],
  ])('%s → %s', (_label, text, expected) => {
    expect(readsAsMatchReport(articleGenre(text, SPORTS, BUSINESS))).toBe(expected);
  });

  it('counts repeats and different words apart', () => {
    expect(articleGenre('Victory and victory and a goal', SPORTS, BUSINESS)).toEqual({
      sports: 3,
      sportsDistinct: 2,
      business: 0,
    });
  });
});
