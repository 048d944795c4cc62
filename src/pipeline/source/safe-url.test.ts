import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it.each([
    ['https://www.bbc.co.uk/news/1', 'https://www.bbc.co.uk/news/1'],
    ['  http://example.com/a b ', 'http://example.com/a%20b'],
    ['HTTPS://Example.COM/x', 'https://example.com/x'],
  ])('keeps the http(s) URL %s', (raw, kept) => {
    expect(safeUrl(raw)).toEqual({ url: kept });
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'not a url',
  ])('drops %s with a warning', (raw) => {
    const result = safeUrl(raw);
    expect(result.url).toBeUndefined();
    expect(result.warning).toMatch(/not an absolute http\(s\) URL; dropped it/);
  });

  it('says nothing when there is no URL', () => {
    expect(safeUrl(undefined)).toEqual({});
    expect(safeUrl('  ')).toEqual({});
  });
});
