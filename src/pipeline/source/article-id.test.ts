import { describe, expect, it } from 'vitest';
import { articleId, contentHash, textFingerprint, type ArticleIdentity } from './article-id.js';

const file = (sourceFile: string, title: string, text: string): ArticleIdentity => ({
  sourceFile,
  row: false,
  title,
  text,
});
const row = (title: string, text: string, n = 1): ArticleIdentity => ({
  sourceFile: `feed.jsonl#row-${n}`,
  row: true,
  title,
  text,
});

describe('articleId', () => {
  it('is art_ and 16 hex characters', () => {
    expect(articleId(file('a.txt', 'A title', 'Some text'))).toMatch(/^art_[0-9a-f]{16}$/);
  });

  it('names a file by its path, so an edited file keeps its id', () => {
    expect(articleId(file('tech/001.txt', 'Same', 'first draft'))).toBe(
      articleId(file('tech/001.txt', 'Other', 'second draft')),
    );
  });

  it('tells apart two files that share a title (the BBC layout)', () => {
    expect(articleId(file('tech/001.txt', 'Same title', 'one text'))).not.toBe(
      articleId(file('tech/207.txt', 'Same title', 'another text')),
    );
  });

  it('names an article by its URL where it has one, wherever it was read', () => {
    const url = 'https://a.example/1';
    expect(articleId({ ...file('a.txt', 'T', 'x'), url })).toBe(articleId({ ...row('U', 'y', 9), url }));
    expect(articleId({ ...file('a.txt', 'T', 'x'), url })).not.toBe(
      articleId({ ...file('a.txt', 'T', 'x'), url: 'https://b.example/1' }),
    );
  });

  it.each([
    [
      'the same title and text on another row',
      row('Title', 'Body  text', 1),
      row('title', 'body text', 7),
      true,
    ],
    ['the same title with another text', row('Title', 'one text'), row('Title', 'another text'), false],
    ['the same text with another title', row('One', 'text'), row('Two', 'text'), false],
  ])('names a table row without URL by title and text: %s', (_name, a, b, same) => {
    expect(articleId(a) === articleId(b)).toBe(same);
  });
});

describe('textFingerprint', () => {
  it('ignores case and spacing', () => {
    expect(textFingerprint('One  Text\n')).toBe(textFingerprint('one text'));
    expect(textFingerprint('one text')).not.toBe(textFingerprint('one other text'));
  });
});

describe('contentHash', () => {
  it('changes when the body changes', () => {
    expect(contentHash('T', 'a')).not.toBe(contentHash('T', 'b'));
  });

  it('does not depend on where title ends and text starts being ambiguous', () => {
    expect(contentHash('ab', 'c')).not.toBe(contentHash('a', 'bc'));
  });

  it('is a full sha256', () => {
    expect(contentHash('T', 'a')).toMatch(/^[0-9a-f]{64}$/);
  });
});
