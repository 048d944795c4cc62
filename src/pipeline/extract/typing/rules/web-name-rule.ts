import webData from '../../../../knowledge/data/web-domains.json' with { type: 'json' };
import { CONFIDENCE } from '../confidence.js';
import { draft } from '../span-tokens.js';
import type { SpanRule } from '../span-types.js';

const SUFFIXES = new Set(webData.suffixes);

/** The part after the first dot of a one-word web address ("Sina.com" → "com"); undefined otherwise. */
export function webSuffix(word: string): string | undefined {
  const parts = /^\p{L}[\p{L}\d-]*\.(\p{Ll}{2,4}(?:\.\p{Ll}{2})?)$/u.exec(word);
  return parts && SUFFIXES.has(parts[1]!) ? parts[1] : undefined;
}

/**
 * A name written as a web address is the firm behind the site: "Sina.com", "Lastminute.com",
 * "Friendster.net". Names the tables know ("Amazon.com") are typed by them first.
 */
export const webName: SpanRule = {
  name: 'web-name',
  apply({ ctx, tokens, from, to }) {
    if (to - from !== 1 || webSuffix(tokens[from]!.text) === undefined) return undefined;
    const firm = draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: 'COMPANY',
      titles: [],
      confidence: CONFIDENCE.descriptor,
      cue: 'web-name',
    });
    return { mentions: [firm], pending: [] };
  },
};
