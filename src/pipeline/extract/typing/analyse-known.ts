import type { LexiconHit } from '../../../knowledge/index.js';
import { lowerOf } from '../sentence-view.js';
import type { SentenceView } from '../sentence-view.js';
import { CONFIDENCE } from './confidence.js';
import { countryRole, ledCoalition } from './country-role.js';
import { bodyType, demonymOf, nounsAfter, possessiveBody } from './nationality-nouns.js';
import { draft, spanText } from './span-tokens.js';
import type { AnalysisContext, DraftMention } from './span-types.js';

/** The mentions a known phrase gives, and the token where the rest of the span starts. */
export interface KnownAnalysis {
  mentions: DraftMention[];
  consumed: number;
}

/**
 * A known phrase (country, demonym, organisation, region) at tokens[from..to): an organisation or
 * region as it is; a nationality or country with the nouns after it, as one of the state's bodies
 * ("Syrian army"), the state acting ("the Russians", "Russia's forces") or a bare country, acting or
 * a location.
 */
export function analyseKnown(
  ctx: AnalysisContext,
  view: SentenceView,
  from: number,
  to: number,
  spanTo: number,
  hit: LexiconHit,
): KnownAnalysis {
  const { tokens } = view;
  const only = (mention: DraftMention): KnownAnalysis => ({ mentions: [mention], consumed: to });
  if (hit.kind === 'organisation') {
    return only(
      draft(ctx, tokens, from, to, {
        kind: 'ACTOR',
        type: hit.entry.type,
        titles: [],
        confidence: CONFIDENCE.knownOrganisation,
        cue: 'known-organisation',
      }),
    );
  }
  if (hit.kind === 'region') {
    return only(
      draft(ctx, tokens, from, to, {
        kind: 'PLACE',
        type: 'REGION',
        titles: [],
        confidence: CONFIDENCE.knownRegion,
        cue: 'known-region',
      }),
    );
  }
  const entry = hit.entry;
  const nouns = nounsAfter(ctx, tokens, to, spanTo, view.titleCase);
  if (nouns.kind === 'body') {
    const bodyTo = Math.max(nouns.to, to);
    // "Syrian army" → Syrian Army; "Russia's foreign ministry" → Russian Foreign Ministry
    const owner =
      hit.kind === 'demonym'
        ? spanText(ctx, tokens, from, to).replace(/s$/, '')
        : tokens[to - 1]!.possessive
          ? demonymOf(entry)
          : entry.name;
    return {
      mentions: [
        draft(ctx, tokens, from, bodyTo, {
          name: `${owner} ${nouns.suffix}`,
          kind: 'ACTOR',
          type: bodyType(ctx, nouns.suffix),
          titles: [],
          confidence: CONFIDENCE.nationalityBody,
          cue: 'nationality-body',
        }),
      ],
      consumed: Math.max(bodyTo, to),
    };
  }
  if (hit.kind === 'demonym') {
    const plural = /s$/.test(tokens[to - 1]!.text) && !/ss$/.test(tokens[to - 1]!.text);
    // "the Russians" act for their state; "five Iraqis", "many Iraqis", "Iraqis" are people.
    const forTheState = plural && lowerOf(tokens[from - 1]) === 'the';
    if (nouns.kind === 'state' || (forTheState && tokens[to - 1]!.text !== demonymOf(entry))) {
      return only(
        draft(ctx, tokens, from, to, {
          name: entry.name,
          kind: 'ACTOR',
          type: 'STATE',
          titles: [],
          viaDemonym: spanText(ctx, tokens, from, to),
          confidence: CONFIDENCE.demonymState,
          cue: 'demonym-state',
        }),
      );
    }
    return { mentions: [], consumed: to };
  }
  // "Syria's general command", "Britain's foreign office": a body of the country, named by its head noun
  const body = possessiveBody(ctx, tokens, to, entry);
  if (body) return only(body);
  // a country name
  if (nouns.kind === 'state') {
    return only(
      draft(ctx, tokens, from, to, {
        kind: 'ACTOR',
        type: 'STATE',
        titles: [],
        confidence: CONFIDENCE.countryModifier,
        cue: 'country-modifier',
      }),
    );
  }
  const coalition = ledCoalition(ctx, tokens, from, to);
  if (coalition) {
    const state = draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: 'STATE',
      titles: [],
      confidence: CONFIDENCE.countryModifierBeforeCoalition,
      cue: 'country-modifier',
      nested: true,
    });
    return { mentions: [state, coalition], consumed: to };
  }
  const role = countryRole(ctx, tokens, from, to);
  return only(
    draft(ctx, tokens, from, to, {
      kind: role,
      type: role === 'ACTOR' ? 'STATE' : 'COUNTRY',
      titles: [],
      confidence: CONFIDENCE.countryActorOrPlace,
      cue: role === 'ACTOR' ? 'country-actor' : 'country-place',
    }),
  );
}
