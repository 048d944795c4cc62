import { lookupPhrase } from '../../../../knowledge/index.js';
import { analyseKnown } from '../analyse-known.js';
import { CONFIDENCE } from '../confidence.js';
import { ledCoalition } from '../country-role.js';
import { headType, namesALaw } from '../head-nouns.js';
import { nounsAfter } from '../nationality-nouns.js';
import { draft, isNameLike, phraseAt, spanText } from '../span-tokens.js';
import type { DraftMention, SpanAnalysis, SpanRule } from '../span-types.js';

const found = (mentions: DraftMention[]): SpanAnalysis => ({ mentions, pending: [] });

/**
 * "US-led coalition", "Russian-backed forces": the state before the hyphen (and the coalition).
 * "US-based", "British-born" say where, so the country stays a place.
 */
export const hyphenModifier: SpanRule = {
  name: 'hyphen-modifier',
  apply({ ctx, tokens, from, to }) {
    if (to - from !== 1) return undefined;
    const token = tokens[from]!;
    const parts = /^(.+?)-(\p{Ll}+)$/u.exec(token.text);
    const { hyphenSuffixes, placeHyphenSuffixes } = ctx.knowledge.spanCues;
    const locative = parts !== null && placeHyphenSuffixes.has(parts[2]!);
    if (!parts || !(locative || hyphenSuffixes.has(parts[2]!))) return undefined;
    const hit = lookupPhrase(ctx.knowledge, parts[1]!);
    if (!hit || hit.kind === 'region') return undefined;
    const isDemonym = hit.kind === 'demonym';
    if (locative && hit.kind !== 'organisation') {
      const place: DraftMention = {
        start: token.start,
        end: token.start + parts[1]!.length,
        name: isDemonym ? hit.entry.name : parts[1]!,
        kind: 'PLACE',
        type: 'COUNTRY',
        titles: [],
        confidence: CONFIDENCE.hyphenModifier,
        cue: 'hyphen-place',
      };
      return found([place]);
    }
    const state: DraftMention = {
      start: token.start,
      end: token.start + parts[1]!.length,
      name: hit.kind === 'organisation' ? parts[1]! : isDemonym ? hit.entry.name : parts[1]!,
      kind: 'ACTOR',
      type: hit.kind === 'organisation' ? hit.entry.type : 'STATE',
      titles: [],
      ...(isDemonym ? { viaDemonym: parts[1]! } : {}),
      confidence: CONFIDENCE.hyphenModifier,
      cue: 'hyphen-modifier',
    };
    const coalition = ledCoalition(ctx, tokens, from, from + 1);
    return found(coalition ? [{ ...state, nested: true }, coalition] : [state]);
  },
};

/** A trailing acronym after a descriptor: "State News Agency SANA". */
export const acronymWithDescriptor: SpanRule = {
  name: 'acronym-with-descriptor',
  apply({ ctx, tokens, from, to }) {
    const lastToken = tokens[to - 1]!;
    if (to - from < 2 || !lastToken.allCaps || lastToken.possessive) return undefined;
    const descriptor = headType(ctx, tokens, from, to - 1);
    if (descriptor?.kind !== 'ACTOR' || phraseAt(ctx, tokens, from, to - 1)) return undefined;
    const known = phraseAt(ctx, tokens, to - 1, to);
    return found([
      draft(ctx, tokens, to - 1, to, {
        kind: 'ACTOR',
        type: known?.hit.kind === 'organisation' ? known.hit.entry.type : descriptor.type,
        titles: [spanText(ctx, tokens, from, to - 1)],
        confidence: CONFIDENCE.acronymWithDescriptor,
        cue: 'acronym-with-descriptor',
      }),
    ]);
  },
};

/** Laws and treaties are not actors: "European Convention on Human Rights", "Terrorism Act". */
export const lawOrTreaty: SpanRule = {
  name: 'law-or-treaty',
  apply({ ctx, view, tokens, from, to }) {
    return !view.titleCase && namesALaw(ctx, tokens, from, to) ? found([]) : undefined;
  },
};

/**
 * Known phrases at the start of the span, with what follows them: "Russian Defense Ministry",
 * "Syrian Observatory for Human Rights", "the Syrian army"; the rest of the span is typed on its own.
 */
export const knownPhrase: SpanRule = {
  name: 'known-phrase',
  apply({ ctx, view, tokens, span, from, to, analyse }) {
    const known = phraseAt(ctx, tokens, from, to);
    if (!known) return undefined;
    const whole = known.to === to;
    const rest = whole ? undefined : headType(ctx, tokens, known.to, to);
    const restIsName =
      !whole && rest === undefined && tokens.slice(known.to, to).some((t) => isNameLike(ctx, t));
    const nationality = known.hit.kind === 'demonym' || known.hit.kind === 'country';
    if (!whole && nationality) {
      const nouns = nounsAfter(ctx, tokens, known.to, to, view.titleCase);
      if ((nouns.kind === 'body' || nouns.kind === 'state') && nouns.to >= to) {
        return found(analyseKnown(ctx, view, from, known.to, to, known.hit).mentions);
      }
      const fullHead = headType(ctx, tokens, from, to);
      if (fullHead) {
        return found([
          draft(ctx, tokens, from, to, {
            kind: fullHead.kind,
            type: fullHead.type,
            titles: [],
            confidence: CONFIDENCE.nationalityNamedBody,
            cue: 'nationality-named-body',
          }),
        ]);
      }
    }
    if (!whole && restIsName && nationality) return undefined;
    // "Wall Street Journal", "BBC News": a known name before a media head names the outlet as a whole
    if (!whole && !nationality && headType(ctx, tokens, from, to)?.type === 'MEDIA') {
      const outlet = { kind: 'ACTOR' as const, type: 'MEDIA' as const, titles: [], cue: 'known-name-media' };
      return found([
        draft(ctx, tokens, from, to, { ...outlet, confidence: CONFIDENCE.nationalityNamedBody }),
      ]);
    }
    const result = analyseKnown(ctx, view, from, known.to, to, known.hit);
    if (result.consumed >= to) return found(result.mentions);
    const restAnalysis = analyse({
      from: result.consumed,
      to,
      continuation: true,
      ...(span.hint ? { hint: span.hint } : {}),
    });
    return { mentions: [...result.mentions, ...restAnalysis.mentions], pending: restAnalysis.pending };
  },
};

/** An acronym in brackets right after a name, "(SOHR)": kept for the article-level pass. */
export const bracketedAcronym: SpanRule = {
  name: 'bracketed-acronym',
  apply({ tokens, from, to }) {
    const token = tokens[from]!;
    if (to - from !== 1 || !token.allCaps || tokens[from - 1]?.text !== '(' || tokens[to]?.text !== ')')
      return undefined;
    const word = { start: token.start, end: token.end, text: token.text, initial: false };
    return { mentions: [], pending: [{ ...word, hint: 'ORGANISATION' }] };
  },
};
