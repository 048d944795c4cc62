import { lookupPhrase } from '../../../../knowledge/index.js';
import { lowerOf } from '../../sentence-view.js';
import { wordClass } from '../../word-classes.js';
import { CONFIDENCE } from '../confidence.js';
import { organisationShaped } from '../head-nouns.js';
import { hintedMention } from '../nlp-fallback.js';
import { spanPlace } from '../place-cues.js';
import { placeTeamName } from '../place-team-name.js';
import { draft, isGivenNameWord, isNameLike, isNameSuffix, isTitleWord, spanText } from '../span-tokens.js';
import type { AnalysisContext, DraftMention, SpanAnalysis, SpanRule } from '../span-types.js';
import type { SentenceView } from '../../sentence-view.js';
import type { Token } from '../../tokenize.js';
import { hasSpeechCue } from '../titles.js';

/** One word before or after a speech verb, as a pending speaker decided with the article in view. */
function speakerWord(ctx: AnalysisContext, view: SentenceView, token: Token): SpanAnalysis | undefined {
  if (view.titleCase || ctx.knowledge.nonEntities.has(lowerOf(token))) return undefined;
  const pending = {
    start: token.start,
    end: token.end,
    text: token.text,
    initial: token.initial,
    speaker: true,
  };
  return { mentions: [], pending: [pending] };
}

/** "Houston Texans", "Boston Red Sox": a town's club (see `placeTeamName`). */
function placeTeam(ctx: AnalysisContext, tokens: Token[], from: number, to: number): DraftMention {
  return draft(ctx, tokens, from, to, {
    kind: 'ACTOR',
    type: 'SPORTS_TEAM',
    titles: [],
    confidence: CONFIDENCE.clubInMatchReport,
    cue: 'place-team-name',
  });
}

/** The subject or object of a speech verb is a person, or an organisation when shaped like one. */
export const speechVerb: SpanRule = {
  name: 'speech-verb',
  apply({ ctx, view, tokens, span, from, to }) {
    if (!hasSpeechCue(ctx, tokens, from, to)) return undefined;
    const first = tokens[from]!;
    // 'Blair said', 'NTL said', 'Cairn argues': one word is decided with the article in view (a
    // surname, a name used elsewhere, the first word of 'Cairn Energy', an acronym).
    // ('BT Retail has said': "Retail" is the rest of a known name, not a speaker of its own.)
    if (to - from === 1 && span.continuation) return undefined;
    // 'said Telewest chief executive Eric Tveter': a name before a title is the employer, not the speaker.
    const after = tokens[to];
    if (after?.word && !after.capitalised && isTitleWord(ctx.knowledge, after)) {
      const employer = draft(ctx, tokens, from, to, {
        kind: 'ACTOR',
        type: 'ORGANISATION',
        titles: [],
        confidence: CONFIDENCE.speechVerb,
        cue: 'employer-before-title',
      });
      return { mentions: [employer], pending: [] };
    }
    if (to - from === 1 && (first.initial || isNameLike(ctx, first))) return speakerWord(ctx, view, first);
    if (!tokens.slice(from, to).some((t) => isNameLike(ctx, t))) return undefined;
    if (!view.titleCase && placeTeamName(ctx, tokens, from, to))
      return { mentions: [placeTeam(ctx, tokens, from, to)], pending: [] };
    const orgShaped = !view.titleCase && organisationShaped(ctx, tokens, from, to);
    const speaker = draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: orgShaped ? 'ORGANISATION' : 'PERSON',
      titles: [],
      confidence: CONFIDENCE.speechVerb,
      cue: 'speech-verb',
    });
    return { mentions: [speaker], pending: [] };
  },
};

/** The NLP tagger's hint decides a span no cue typed (outside headings); without a hint, the next rule. */
export const nlpHint: SpanRule = {
  name: 'nlp-hint',
  apply({ ctx, view, tokens, span, from, to }) {
    if (!span.hint || view.titleCase) return undefined;
    const inGazetteer = spanPlace(ctx, tokens, from, to) !== undefined;
    return { mentions: [hintedMention(ctx, tokens, from, to, span.hint, inGazetteer)], pending: [] };
  },
};

/**
 * Two to five name-like words: a person ("Wayne Rooney" starts with a given name), or an
 * organisation when shaped like one; not when an adjective leads ("Original Pirate Material").
 */
export const nameShape: SpanRule = {
  name: 'name-shape',
  apply({ ctx, view, tokens, from, to }) {
    const length = to - from;
    if (length < 2 || length > 5 || view.titleCase) return undefined;
    // "Patrick J. Sweeney II": a generational suffix at the end marks a person and is no name word
    const suffixed = length > 2 && isNameSuffix(ctx, tokens[to - 1]);
    const nameWords = tokens
      .slice(from, suffixed ? to - 1 : to)
      .filter((t) => t.word && !ctx.knowledge.nameParticles.has(lowerOf(t)));
    const firstClass = nameWords[0] ? wordClass(nameWords[0].text) : 'other';
    const nameLike = nameWords.every((t, i) => isNameLike(ctx, t) || (i === 0 && isGivenNameWord(t)));
    if (nameWords.length < 2 || !nameLike || firstClass === 'adjective') return undefined;
    // "New York Yankees": a town's club, though its nickname is a nationality
    if (!suffixed && placeTeamName(ctx, tokens, from, to))
      return { mentions: [placeTeam(ctx, tokens, from, to)], pending: [] };
    // "a Latin American network": no name of a person or body ends in a nationality
    if (lookupPhrase(ctx.knowledge, nameWords[nameWords.length - 1]!.text)?.kind === 'demonym')
      return { mentions: [], pending: [] };
    const orgShaped = !suffixed && organisationShaped(ctx, tokens, from, to);
    const personConfidence =
      firstClass === 'given-name' ? CONFIDENCE.nameShapeGivenName : CONFIDENCE.nameShape;
    const mention = draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: orgShaped ? 'ORGANISATION' : 'PERSON',
      titles: [],
      confidence: orgShaped ? CONFIDENCE.organisationShape : personConfidence,
      cue: orgShaped ? 'organisation-shape' : 'name-shape',
    });
    return { mentions: [mention], pending: [] };
  },
};

/**
 * "Giant Buddhas of Bamiyan", "Pearl of the Middle East": the part after the last "of" is typed on
 * its own; a monument named after its town is a site.
 */
export const afterLastOf: SpanRule = {
  name: 'named-after-place',
  apply({ ctx, view, tokens, from, to, analyse }) {
    let lastOf = -1;
    for (let t = from + 1; t < to - 1; t += 1) if (lowerOf(tokens[t]) === 'of') lastOf = t;
    if (lastOf <= 0 || view.titleCase) return undefined;
    let restFrom = lastOf + 1;
    if (lowerOf(tokens[restFrom]) === 'the') restFrom += 1;
    if (restFrom >= to) return undefined;
    const rest = analyse({ from: restFrom, to, continuation: true });
    const only = rest.mentions.length === 1 ? rest.mentions[0] : undefined;
    const named = tokens.slice(from, lastOf).every((t) => isNameLike(ctx, t));
    if (only?.kind !== 'PLACE' || only.type !== 'CITY' || !named || only.end !== tokens[to - 1]!.end)
      return rest;
    const site = draft(ctx, tokens, from, to, {
      kind: 'PLACE',
      type: 'SITE',
      titles: [],
      confidence: CONFIDENCE.namedAfterPlace,
      cue: 'named-after-place',
    });
    return { mentions: [site], pending: [] };
  },
};

/** Anything else: single words and unknown heading runs wait for the article-level pass. */
export const pendingWord: SpanRule = {
  name: 'pending',
  apply({ view, ctx, tokens, span, from, to }) {
    const first = tokens[from]!;
    if (to - from !== 1 && !view.titleCase) return { mentions: [], pending: [] };
    const word = {
      start: first.start,
      end: tokens[to - 1]!.end,
      text: spanText(ctx, tokens, from, to),
      initial: first.initial || view.titleCase,
    };
    return { mentions: [], pending: [{ ...word, ...(span.hint ? { hint: span.hint } : {}) }] };
  },
};
