import { describe, expect, it } from 'vitest';
import { cleanEntities } from './clean-entities.js';

describe('cleanEntities', () => {
  it.each([
    ['named entities', 'Fish &amp; chips &lt;3 &quot;yes&quot;', 'Fish & chips <3 "yes"'],
    ['decimal and hex references', 'it&#39;s &#x2014; done', "it's — done"],
    ['an apostrophe that lost its ampersand', 'the company #39;s profit', "the company's profit"],
    [
      'a dollar sign that lost its ampersand, keeping one space',
      'for the  #36;10 million prize',
      'for the $10 million prize',
    ],
    [
      'bare quot; around a phrase',
      'cracks down on  quot;phone sex quot; lines',
      'cracks down on "phone sex" lines',
    ],
    ['bare amp; between names', 'Johnson  amp; Johnson and 1-J amp;J', 'Johnson & Johnson and 1-J&J'],
    [
      'Windows-1252 code points in numeric references',
      'Newsday #146;s story:  #147;quoted #148;',
      'Newsday’s story: “quoted”',
    ],
    ['double-escaped entities', 'a &amp;quot;b&amp;quot;', 'a "b"'],
    ['tags uncovered by decoding', 'Texas Instruments &lt;TXN.N&gt; rose', 'Texas Instruments rose'],
    ['links uncovered by decoding', 'see &lt;A HREF="http://x.y/z"&gt;here&lt;/A&gt; now', 'see here now'],
    ['unknown bare names stay', 'the power; of it', 'the power; of it'],
    ['a bare number that would be a control character stays', 'Issue #5; out now', 'Issue #5; out now'],
    ['runs of spaces collapse, line breaks stay', 'a   b\n\n\n\nc', 'a b\n\nc'],
  ])('decodes %s', (_name, input, expected) => {
    expect(cleanEntities(input)).toBe(expected);
  });

  it.each([
    ['a backslash for a line wrap', 'A second\\team of rocketeers', 'A second team of rocketeers'],
    ['an escaped dollar sign', 'costs \\$5 each', 'costs $5 each'],
    [
      'a double backslash for a paragraph break',
      'War on Terror.\\\\Sven said',
      'War on Terror.\n\nSven said',
    ],
  ])('undoes AG News backslash escapes: %s', (_name, input, expected) => {
    expect(cleanEntities(input, { backslashEscapes: true })).toBe(expected);
  });

  it('leaves backslashes alone unless asked', () => {
    expect(cleanEntities('C:\\temp')).toBe('C:\\temp');
  });
});
