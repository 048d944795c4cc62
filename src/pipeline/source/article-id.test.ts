import { describe, expect, it } from 'vitest';
import { articleId, contentHash } from './article-id.js';

describe('articleId', () => {
  it('is art_ and 16 hex characters', () => {
    expect(articleId('A title', 'Some text')).toMatch(/^art_[0-9a-f]{16}$/);
  });

  it('ignores case and spacing in the title', () => {
    expect(articleId('Syrian Forces  Retake Palmyra ', 'x')).toBe(
      articleId('syrian forces retake\npalmyra', 'y'),
    );
  });

  it('keeps the id when the body is edited', () => {
    expect(articleId('Same title', 'first draft')).toBe(articleId('Same title', 'second draft'));
  });

  it('tells apart the same headline at two URLs', () => {
    expect(articleId('Same title', 'x', 'https://a.example/1')).not.toBe(
      articleId('Same title', 'x', 'https://b.example/1'),
    );
  });

  it('falls back to the text when there is no title', () => {
    expect(articleId('', 'one text')).not.toBe(articleId('', 'another text'));
    expect(articleId('', 'one  text')).toBe(articleId('', 'ONE text'));
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
