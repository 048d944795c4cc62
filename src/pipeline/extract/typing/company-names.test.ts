import { describe, expect, it } from 'vitest';
import { companyNames } from './company-names.js';
import type { DraftMention } from './span-types.js';

const BUSINESS = 'Shares and profits rose as sales and revenue grew at the firm. ';

/** Person-typed drafts for each occurrence of each name in the text. */
function drafts(text: string, names: string[], titles: string[] = []): DraftMention[] {
  const out: DraftMention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.push({
        start: at,
        end: at + name.length,
        name,
        kind: 'ACTOR',
        type: 'PERSON',
        titles,
        confidence: 0.6,
        cue: 'name-shape',
      });
    }
  }
  return out;
}

function types(text: string, names: string[]): string[] {
  return companyNames(drafts(text, names), text).map((d) => `${d.name}:${d.type}`);
}

describe('companyNames', () => {
  it.each([
    ['a share price after it', `${BUSINESS}Allied Domecq shares rose 4%.`, 'Allied Domecq'],
    ['a takeover before it', `${BUSINESS}It may face a takeover by France's Pernod Ricard.`, 'Pernod Ricard'],
    ['a possessive and a purchase', `${BUSINESS}Pernod's last major purchase was Seagram.`, 'Pernod'],
  ])('makes a company of a name with %s', (_label, text, name) => {
    expect(types(text, [name])).toContain(`${name}:COMPANY`);
  });

  it('types every mention and the short form once one is cued', () => {
    const text = `${BUSINESS}Pernod Ricard shares fell. Later Pernod said it would wait.`;
    expect(types(text, ['Pernod Ricard', 'Pernod'])).toEqual([
      'Pernod Ricard:COMPANY',
      'Pernod:COMPANY',
      'Pernod:COMPANY',
    ]);
  });

  it.each([
    ['a given name first', `${BUSINESS}Jonas Bjorkman shares his view.`, 'Jonas Bjorkman'],
    ['an honorific elsewhere', `${BUSINESS}Mr Kelvane said so. Kelvane shares were sold.`, 'Kelvane'],
    ['no business report', 'Kelvane Morrow shares the lead in the match after the goal.', 'Kelvane Morrow'],
  ])('leaves a person: %s', (_label, text, name) => {
    expect(types(text, [name]).every((t) => t.endsWith(':PERSON'))).toBe(true);
  });
});
