import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { nounsAfter, possessiveBody } from './nationality-nouns.js';

describe('nounsAfter', () => {
  it.each([
    ['an institution of the state', 'The Syrian army advanced.', 'Syrian', 'body'],
    ['the state acting', 'Syrian forces advanced.', 'Syrian', 'state'],
    ['a shared noun after "and"', 'Syrian and Russian forces advanced.', 'Syrian', 'state'],
    ['a person with a title', 'Syrian President Dorin Valcu spoke.', 'Syrian', 'none'],
    ['a lower-case body before a title', 'An Iraqi police commissioner spoke.', 'Iraqi', 'none'],
  ])('%s', (_label, text, name, kind) => {
    const f = spanFixture(text);
    const { to } = f.range(name);
    expect(nounsAfter(f.ctx, f.view.tokens, to, to).kind).toBe(kind);
  });
});

describe('possessiveBody', () => {
  it.each([
    ['names a body of the country', "Syria's general command said so.", 'Syrian General Command'],
    ['not a description with a superlative', "Britain's biggest union said so.", undefined],
    ['not a noun that stands for the state', "Syria's government said so.", undefined],
  ])('%s', (_label, text, expected) => {
    const f = spanFixture(text);
    const country = text.slice(0, text.indexOf("'"));
    const entry = f.ctx.knowledge.countries.find((c) => c.name === country || c.aliases.includes(country))!;
    const { to } = f.range(country);
    expect(possessiveBody(f.ctx, f.view.tokens, to, entry)?.name).toBe(expected);
  });
});
