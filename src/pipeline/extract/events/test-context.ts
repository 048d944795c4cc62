/**
 * Hand-built `ExtractContext` fixtures for the unit tests of the event and claim rules, so they
 * do not depend on the sentence splitter or the entity resolver.
 */
import type { Actor, ActorType, ArticleDoc, Place, PlaceType, Sentence } from '../../../domain.js';
import type { ExtractContext, ResolvedMention } from '../context.js';

/** One entity of a fixture, and the surface forms that mention it. */
export interface FixtureEntity {
  id: string;
  name: string;
  kind: 'ACTOR' | 'PLACE';
  type: ActorType | PlaceType;
  /** Surface forms; every word-bounded occurrence in the text becomes a mention. */
  surfaces: string[];
  /** Surfaces that are demonyms ('Syrian' for Syria). */
  demonyms?: string[];
  partOf?: string;
  locatedIn?: string;
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = match.index + lead;
    sentences.push({ index: sentences.length, text: body, start, end: start + body.length });
  }
  return sentences;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds a context for `text` with mentions of `entities` wherever their surfaces occur. */
export function fixtureContext(
  text: string,
  entities: FixtureEntity[],
  article: Partial<ArticleDoc> = {},
): ExtractContext {
  const doc: ArticleDoc = {
    id: article.id ?? 'art_test',
    title: article.title ?? 'Test article',
    text,
    contentHash: 'hash',
    sourceFile: 'test.txt',
    ...article,
  };
  doc.text = text;
  const sentences = splitSentences(text);
  const found: { entity: FixtureEntity; surface: string; start: number; end: number }[] = [];
  const surfaces = entities
    .flatMap((entity) => entity.surfaces.map((surface) => ({ entity, surface })))
    .sort((a, b) => b.surface.length - a.surface.length);
  for (const { entity, surface } of surfaces) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + surface.length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ entity, surface, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const mentions: ResolvedMention[] = [];
  for (const f of found) {
    const sentence = sentences.find((s) => f.start >= s.start && f.end <= s.end);
    if (!sentence) continue;
    const demonym = f.entity.demonyms?.includes(f.surface);
    mentions.push({
      surface: f.surface,
      name: f.entity.name,
      kind: f.entity.kind,
      type: f.entity.type,
      titles: [],
      ...(demonym ? { viaDemonym: f.surface } : {}),
      evidence: {
        articleId: doc.id,
        sentenceIndex: sentence.index,
        sentence: sentence.text,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        start: f.start,
        end: f.end,
        confidence: 1,
        extractor: 'test',
        extractorVersion: 'test',
      },
      entityId: f.entity.id,
      rule: demonym ? 'demonym' : 'exact',
    });
  }
  const actors = new Map<string, Actor>();
  const places = new Map<string, Place>();
  for (const e of entities) {
    const base = {
      id: e.id,
      name: e.name,
      aliases: e.surfaces,
      confidence: 1,
      extractor: 'test',
      extractorVersion: 'test',
    };
    if (e.kind === 'ACTOR') {
      actors.set(e.id, {
        ...base,
        type: e.type as ActorType,
        titles: [],
        ...(e.partOf ? { partOf: e.partOf } : {}),
      });
    } else {
      places.set(e.id, {
        ...base,
        type: e.type as PlaceType,
        ...(e.locatedIn ? { locatedIn: e.locatedIn } : {}),
      });
    }
  }
  return { article: doc, sentences, mentions, actors, places, extractorVersion: '9.9.9-test' };
}

/** Entities most event and claim fixtures use (made-up conflict: Northland against the Red Brigade). */
export const COMMON_ENTITIES: FixtureEntity[] = [
  {
    id: 'act_northland',
    name: 'Northland',
    kind: 'ACTOR',
    type: 'STATE',
    surfaces: ['Northland', 'Northlandic'],
    demonyms: ['Northlandic'],
  },
  {
    id: 'act_northland_army',
    name: 'Northland Army',
    kind: 'ACTOR',
    type: 'MILITARY',
    surfaces: ['Northland Army', 'Northlandic army'],
    partOf: 'act_northland',
  },
  {
    id: 'act_eastmark',
    name: 'Eastmark',
    kind: 'ACTOR',
    type: 'STATE',
    surfaces: ['Eastmark', 'Eastmarkian'],
    demonyms: ['Eastmarkian'],
  },
  {
    id: 'act_eastmark_defence',
    name: 'Eastmark Defence Ministry',
    kind: 'ACTOR',
    type: 'GOVERNMENT_BODY',
    surfaces: ['Eastmark Defence Ministry'],
    partOf: 'act_eastmark',
  },
  {
    id: 'act_red_brigade',
    name: 'Red Brigade',
    kind: 'ACTOR',
    type: 'ARMED_GROUP',
    surfaces: ['Red Brigade', 'the Brigade'],
  },
  { id: 'act_westland', name: 'Westland', kind: 'ACTOR', type: 'STATE', surfaces: ['Westland'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_tom_reyes', name: 'Tom Reyes', kind: 'ACTOR', type: 'PERSON', surfaces: ['Tom Reyes', 'Reyes'] },
  { id: 'act_omar_hale', name: 'Omar Hale', kind: 'ACTOR', type: 'PERSON', surfaces: ['Omar Hale'] },
  {
    id: 'act_daily_courier',
    name: 'Daily Courier',
    kind: 'ACTOR',
    type: 'MEDIA',
    surfaces: ['Daily Courier'],
  },
  {
    id: 'act_north_news',
    name: 'North News Agency',
    kind: 'ACTOR',
    type: 'MEDIA',
    surfaces: ['North News Agency'],
  },
  { id: 'plc_northland', name: 'Northland', kind: 'PLACE', type: 'COUNTRY', surfaces: [] },
  {
    id: 'plc_kestrel',
    name: 'Kestrel',
    kind: 'PLACE',
    type: 'CITY',
    surfaces: ['Kestrel'],
    locatedIn: 'plc_northland',
  },
  {
    id: 'plc_marrow',
    name: 'Marrow',
    kind: 'PLACE',
    type: 'CITY',
    surfaces: ['Marrow'],
    locatedIn: 'plc_northland',
  },
  {
    id: 'plc_old_gate',
    name: 'Old Gate',
    kind: 'PLACE',
    type: 'SITE',
    surfaces: ['Old Gate'],
    locatedIn: 'plc_kestrel',
  },
];
