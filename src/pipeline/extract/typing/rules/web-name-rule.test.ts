import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import { webName, webSuffix } from './web-name-rule.js';

describe('webName', () => {
  it.each([
    ['a .com address', 'Shares in Kelvane.com rose.', 'Kelvane.com', ['Kelvane.com=COMPANY/web-name']],
    ['a .co.uk address', 'Morvex.co.uk said so.', 'Morvex.co.uk', ['Morvex.co.uk=COMPANY/web-name']],
    ['nothing for a file name', 'He opened Report.pdf there.', 'Report.pdf', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(webName.apply(spanFixture(text).input(name)))).toEqual(expected);
  });

  it.each([
    ['Sina.com', 'com'],
    ['Lastminute.co.uk', 'co.uk'],
    ['U.S.', undefined],
    ['Jr.', undefined],
  ])('reads the web suffix of %s', (word, suffix) => {
    expect(webSuffix(word)).toBe(suffix);
  });
});
