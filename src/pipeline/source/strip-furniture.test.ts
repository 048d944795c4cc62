import { describe, expect, it } from 'vitest';
import { stripFurniture } from './strip-furniture.js';

const paragraph = (n: number): string =>
  `Paragraph ${n} tells what happened in some detail, with enough words that nobody could mistake it for a byline or a share button on a web page.`;

describe('stripFurniture', () => {
  it('cuts a comment form, an author bio and a repeated headline from the end', () => {
    const body = [
      paragraph(1),
      '',
      paragraph(2),
      '',
      'Written by Ann Example',
      'Cat lover.',
      'Ann Example is a reporter for The Example Gazette.',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'The Headline Here',
    ].join('\n');
    const found = stripFurniture(body, 'The Headline Here');
    expect(found.text).toBe(`${paragraph(1)}\n\n${paragraph(2)}`);
    expect(found).toMatchObject({ author: 'Ann Example', outlet: 'The Example Gazette' });
    expect(found.removedLines).toContain('Leave a Reply');
  });

  it('reads the date and author of a trailing syndication note and cuts it', () => {
    const body = `${paragraph(1)}\n\nThis article first appeared in Issue 5, 2016.\nPosted 10:48am Sunday 3rd April 2016 by Hugh Baird.`;
    const found = stripFurniture(body, 'T');
    expect(found.text).toBe(paragraph(1));
    expect(found.author).toBe('Hugh Baird');
    expect(found.date).toMatchObject({ date: '2016-04-03', precision: 'DAY' });
  });

  it('gives the year when that is all the note says', () => {
    const found = stripFurniture(`${paragraph(1)}\n\nThis article first appeared in Issue 5, 2016.`, 'T');
    expect(found.date).toMatchObject({ date: '2016', precision: 'YEAR' });
  });

  it('cuts a byline and dateline at the top', () => {
    const found = stripFurniture(`By Jane Doe\nApril 3, 2016\n\n${paragraph(1)}`, 'T');
    expect(found.text).toBe(paragraph(1));
    expect(found).toMatchObject({ author: 'Jane Doe', date: { date: '2016-04-03' } });
  });

  it('keeps short closing paragraphs that are no furniture', () => {
    const body = `${paragraph(1)}\n\nLearn from the past.\n\nThe talks resume on Monday.`;
    expect(stripFurniture(body, 'T').text).toBe(body);
  });

  it('keeps everything before the last paragraph that is no furniture', () => {
    const body = `${paragraph(1)}\n\nShare this\n\n${paragraph(2)}`;
    expect(stripFurniture(body, 'T').text).toBe(body);
  });

  it('keeps a short closing paragraph after a furniture-like line', () => {
    const body = `${paragraph(1)}\n\nRead more\n\nThe minister said the plan, which had been delayed twice, would now go ahead in May.`;
    expect(stripFurniture(body, 'T').text).toBe(body);
  });

  it('does not take a date inside an ordinary sentence for the publication date', () => {
    expect(
      stripFurniture(`${paragraph(1)}\n\nThe city fell on April 3, 2016, after a long siege.`, 'T').date,
    ).toBeUndefined();
  });
});
