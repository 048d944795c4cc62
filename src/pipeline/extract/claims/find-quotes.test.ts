import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';

function quoted(text: string): string[] {
  return findQuotes(text).map((q) => text.slice(q.start, q.end));
}

describe('findQuotes', () => {
  it.each([
    ['“We won,” he said.', ['We won,']],
    ['He said: "We won." Then he left.', ['We won.']],
    ['«Nous avons gagné», a-t-il dit.', ['Nous avons gagné']],
    ['They called the plan "desperate", while others agreed.', ['desperate']],
    ['She said: "We did it. "We will do it again."', ['We did it.', 'We will do it again.']],
    ["It was the city's pride, he said.", []],
    ['“Russia\'s support mattered," he declared.', ["Russia's support mattered,"]],
  ])('finds the quotes in %j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('drops a quote that runs across a blank line unclosed', () => {
    expect(quoted('He said: "We won.\n\nThe next paragraph has no closing mark.')).toEqual([]);
  });
});
