import { describe, expect, it } from 'vitest';
import { drawingSummary } from './drawing-summary.js';

const node = (id: string) => ({ id, kind: 'Actor', caption: id });
const visible = (hidden: number) => ({ nodes: [node('a'), node('b')], edges: [], hidden });

describe('drawingSummary', () => {
  it('counts what is drawn', () => {
    expect(drawingSummary(visible(0), true).count).toBe('2 nodes, 0 edges drawn');
  });

  it('hides the "more" button when every loaded node is drawn', () => {
    expect(drawingSummary(visible(0), true).more.hidden).toBe(true);
  });

  it.each([
    [true, false, 'Draw more nodes: 7 loaded but not drawn'],
    [false, true, '7 more nodes loaded; the drawing is full, search for something narrower'],
  ])('with room to draw = %s, disables the button = %s and labels it "%s"', (canMore, disabled, label) => {
    const { more } = drawingSummary(visible(7), canMore);
    expect([more.hidden, more.text, more.disabled, more.label]).toEqual([false, '7 more…', disabled, label]);
  });
});
