import { describe, expect, it } from 'vitest';
import { datelineOutlet, splitTitleOutlet } from './title-outlet.js';

describe('splitTitleOutlet', () => {
  it.each([
    [
      'Prediction Unit Helps Forecast Wildfires (AP)',
      'AP - It is barely dawn.',
      'Prediction Unit Helps Forecast Wildfires',
      'It is barely dawn.',
      'AP',
    ],
    ['Stocks Fall (Reuters)', 'Stocks fell.', 'Stocks Fall', 'Stocks fell.', 'Reuters'],
    [
      'Launch Date Set (SPACE.com)',
      'SPACE.com - TORONTO -- A team said.',
      'Launch Date Set',
      'TORONTO -- A team said.',
      'SPACE.com',
    ],
    ['Rates Rise (Example Times)', 'Rates rose.', 'Rates Rise', 'Rates rose.', 'Example Times'],
  ])('moves the tag of %j into the outlet', (title, text, bareTitle, bareText, outlet) => {
    expect(splitTitleOutlet(title, text)).toEqual({ title: bareTitle, text: bareText, outlet });
  });

  it.each([
    ['Profits Up (Update2)', 'Profits rose.'],
    ['He Fell Ten Floors (and survived)', 'A man fell.'],
    ['No tag here', 'Text.'],
    ['(AP)', 'AP - only a tag'],
  ])('leaves %j alone', (title, text) => {
    expect(splitTitleOutlet(title, text)).toEqual({ title, text });
  });
});

describe('datelineOutlet', () => {
  it.each([
    ['WASHINGTON (Reuters) - U.S. prices fell.', 'Reuters'],
    ['LONDON, March 3 (AFP) — Talks began.', 'AFP'],
    ['Washington (Some Guy) - text', undefined],
    ['No dateline (Reuters) - here', undefined],
  ])('reads %j', (text, outlet) => {
    expect(datelineOutlet(text)).toBe(outlet);
  });
});
