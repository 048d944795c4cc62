import connectors from '../../../../knowledge/data/typing-connectors.json' with { type: 'json' };
import titleData from '../../../../knowledge/data/person-titles.json' with { type: 'json' };
import { lookupPhrase } from '../../../../knowledge/index.js';
import { lowerOf } from '../../sentence-view.js';
import type { Token } from '../../tokenize.js';
import { CONFIDENCE } from '../confidence.js';
import { headType } from '../head-nouns.js';
import { draft, isNameLike, isNameSuffix, isTitleWord, phraseAt, spanText } from '../span-tokens.js';
import type { AnalysisContext, DraftMention, SpanRule } from '../span-types.js';
import { afterLocative, spanPlace } from '../place-cues.js';
import { leftTitle, rightTitle } from '../titles.js';

const AFFILIATION_CONNECTORS = new Set(connectors.affiliationConnectors);
const CORPORATE_TITLES = new Set(titleData.corporateTitles);

/**
 * Titles inside the span: "Syrian President Bashar al-Assad", "U.S. Defense Secretary Ashton Carter".
 * An office named after a place ("Archbishop of Canterbury") leaves the place to be typed.
 */
export const titleInName: SpanRule = {
  name: 'title-in-name',
  apply({ ctx, tokens, from, to, analyse }) {
    const { knowledge } = ctx;
    let lastTitle = -1;
    for (let t = from; t < to - 1; t += 1) if (isTitleWord(knowledge, tokens[t])) lastTitle = t;
    if (lastTitle < 0) return undefined;
    // "Reporters Without Borders": a name the tables know whole holds no title
    if (phraseAt(ctx, tokens, from, to)?.to === to) return undefined;
    let nameFrom = lastTitle + 1;
    if (lowerOf(tokens[nameFrom]) === 'of' && nameFrom + 2 < to) nameFrom += 2; // "Secretary of State John Kerry"
    const nameTokens = tokens.slice(nameFrom, to);
    // "Governor of the Reserve Bank", "General Workers Union": the rest names a body, not a person
    if (headType(ctx, tokens, nameFrom, to) !== undefined || nameTokens.length === 0) return undefined;
    if (!nameTokens.every((t) => t.capitalised || knowledge.nameParticles.has(lowerOf(t)))) return undefined;
    // "Martin Luther King Jr": a suffix alone after a title is no name
    if (!nameTokens.some((t) => isNameLike(ctx, t) && !isNameSuffix(ctx, t))) return undefined;
    const known = phraseAt(ctx, tokens, nameFrom, to);
    const titleOfPlace =
      lowerOf(tokens[lastTitle + 1]) === 'of' &&
      (known?.to === to ||
        ctx.gazetteer.lookup(spanText(ctx, tokens, nameFrom, to), ctx.articleCountries) !== undefined);
    // "Archbishop of Canterbury", "Duke of Edinburgh": an office named after a place
    if (titleOfPlace) return analyse({ from: nameFrom, to, continuation: true });
    if (known && known.to >= to) return undefined;
    const titles = [spanText(ctx, tokens, from, nameFrom)];
    const left = leftTitle(ctx, tokens, from);
    if (left) titles.unshift(left.text);
    const right = rightTitle(ctx, tokens, to);
    if (right) titles.push(right.text);
    // "Kelvane Airways chairman Jane Doe": the organisation named in the title is in the article too
    const employer = phraseAt(ctx, tokens, from, lastTitle);
    const org = employer?.hit.kind === 'organisation' ? employer : undefined;
    const acronymBody = org ? undefined : acronymEmployer(ctx, tokens, from, nameFrom);
    const person = draft(ctx, tokens, from, to, {
      name: spanText(ctx, tokens, nameFrom, to),
      kind: 'ACTOR',
      type: 'PERSON',
      titles,
      confidence: CONFIDENCE.titleInName,
      cue: 'title-in-name',
      ...(org || acronymBody ? { nested: true } : {}),
    });
    if (acronymBody) return { mentions: [person, acronymBody], pending: [] };
    if (!org || org.hit.kind !== 'organisation') return { mentions: [person], pending: [] };
    const body = draft(ctx, tokens, from, org.to, {
      kind: 'ACTOR',
      type: org.hit.entry.type,
      titles: [],
      confidence: CONFIDENCE.knownOrganisation,
      cue: 'organisation-in-title',
      nested: true,
    });
    return { mentions: [person, body], pending: [] };
  },
};

/**
 * "MGM Vice Chairman Chris McGurk", "PCS leader Mark Serwotka": an unknown acronym before the title
 * is the body the person works for, a company before a corporate title. Not a known name ("US
 * President", "UN envoy"), which the known-name rules type.
 */
function acronymEmployer(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  nameFrom: number,
): DraftMention | undefined {
  const acronym = tokens[from]!;
  const next = tokens[from + 1];
  const titled = isTitleWord(ctx.knowledge, next) || ctx.knowledge.spanCues.titleModifiers.has(lowerOf(next));
  if (!acronym.allCaps || acronym.possessive || !titled) return undefined;
  if (lookupPhrase(ctx.knowledge, acronym.text) !== undefined) return undefined;
  const title = tokens
    .slice(from + 1, nameFrom)
    .map(lowerOf)
    .join(' ');
  return draft(ctx, tokens, from, from + 1, {
    kind: 'ACTOR',
    type: CORPORATE_TITLES.has(title) ? 'COMPANY' : 'ORGANISATION',
    titles: [],
    confidence: CONFIDENCE.acronym,
    cue: 'acronym-employer',
    nested: true,
  });
}

/** A job title before "for"/"of"/"at" is not part of the name: "Writer for Progressive Army". */
export const titleBeforeConnector: SpanRule = {
  name: 'title-before-connector',
  apply({ ctx, tokens, span, from, to, analyse }) {
    const connector = lowerOf(tokens[from + 1]);
    if (!isTitleWord(ctx.knowledge, tokens[from]) || from + 2 >= to) return undefined;
    if (!AFFILIATION_CONNECTORS.has(connector)) return undefined;
    return analyse({ from: from + 2, to, continuation: true, ...(span.hint ? { hint: span.hint } : {}) });
  },
};

/** "Marta Quillon of the Brennick Observatory": a person's name, then the body they belong to. */
export const nameOfBody: SpanRule = {
  name: 'name-of-body',
  apply({ ctx, tokens, from, to, analyse }) {
    for (let c = from + 2; c < Math.min(to - 1, from + 5); c += 1) {
      const word = lowerOf(tokens[c]);
      if (!AFFILIATION_CONNECTORS.has(word)) continue;
      const left = tokens.slice(from, c);
      let rightFrom = c + 1;
      if (lowerOf(tokens[rightFrom]) === 'the') rightFrom += 1;
      const rightKnown =
        phraseAt(ctx, tokens, rightFrom, to)?.to === to || headType(ctx, tokens, rightFrom, to) !== undefined;
      if (
        !rightKnown ||
        !left.every((t) => isNameLike(ctx, t)) ||
        headType(ctx, tokens, from, c) !== undefined
      )
        return undefined;
      const person = draft(ctx, tokens, from, c, {
        kind: 'ACTOR',
        type: 'PERSON',
        titles: [],
        confidence: CONFIDENCE.nameOfBody,
        cue: 'name-of-body',
      });
      const right = analyse({ from: rightFrom, to, continuation: true });
      return { mentions: [person, ...right.mentions], pending: right.pending };
    }
    return undefined;
  },
};

/** A title before or after the name: "Kremlin spokesman, Dmitry Peskov", "X, director general of …". */
export const titleContext: SpanRule = {
  name: 'title-context',
  apply({ ctx, tokens, from, to }) {
    const left = leftTitle(ctx, tokens, from);
    // "… in London, neuroscientist Jane Doe": a town after a place preposition is no person whatever follows
    const townBefore = afterLocative(ctx, tokens, from) && spanPlace(ctx, tokens, from, to) !== undefined;
    const right = townBefore ? undefined : rightTitle(ctx, tokens, to);
    if ((!left && !right) || !tokens.slice(from, to).some((t) => isNameLike(ctx, t))) return undefined;
    const titles = [left?.text, right?.text].filter((t): t is string => t !== undefined);
    const person = draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: 'PERSON',
      titles,
      confidence: CONFIDENCE.titleContext,
      cue: 'title-context',
    });
    return { mentions: [person], pending: [] };
  },
};
