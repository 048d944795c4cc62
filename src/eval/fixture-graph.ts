import type { ArticleGraph, Evidence } from '../domain.js';
import type { GoldArticle } from './gold.js';

/**
 * Tiny hand-made `ArticleGraph`s and gold articles for the scorer's unit tests. Entity ids are their
 * names, so a test reads like the annotation it checks.
 */
export interface GraphSpec {
  actors?: { name: string; type: string; aliases?: string[] }[];
  places?: { name: string; type: string; aliases?: string[] }[];
  /** Extra mentions: entity id (its name) and the surface form. */
  mentions?: { entity: string; surface: string }[];
  /** `sentence`: the evidence sentence of the event's report (default "A sentence."). */
  events?: { type: string; place?: string; agents?: string[]; date?: string; sentence?: string }[];
  claims?: { kind: string; claimant: string; text: string; credited?: string[] }[];
}

const EVIDENCE: Evidence = {
  articleId: 'a1',
  sentenceIndex: 0,
  sentence: 'A sentence.',
  sentenceStart: 0,
  sentenceEnd: 11,
  start: 0,
  end: 1,
  confidence: 1,
  extractor: 'test',
  extractorVersion: '0.0.0',
};

const EXTRACTION = { confidence: 1, extractor: 'test', extractorVersion: '0.0.0' };

/** An `ArticleGraph` from a compact spec (types are not checked: tests may feed wrong ones). */
export function graphOf(spec: GraphSpec): ArticleGraph {
  return {
    article: { id: 'a1', title: 'T', text: 'A sentence.', contentHash: 'h', sourceFile: 'a1.txt' },
    actors: (spec.actors ?? []).map((a) => ({
      id: a.name,
      name: a.name,
      type: a.type as never,
      aliases: a.aliases ?? [],
      titles: [],
      ...EXTRACTION,
    })),
    places: (spec.places ?? []).map((p) => ({
      id: p.name,
      name: p.name,
      type: p.type as never,
      aliases: p.aliases ?? [],
      ...EXTRACTION,
    })),
    mentions: (spec.mentions ?? []).map((m) => ({
      entityId: m.entity,
      entityKind: 'ACTOR' as const,
      surface: m.surface,
      rule: 'exact',
      evidence: EVIDENCE,
    })),
    events: (spec.events ?? []).map((e, i) => ({
      id: `e${i}`,
      type: e.type as never,
      label: `${e.type} ${i}`,
      ...(e.place === undefined ? {} : { placeId: e.place }),
      ...(e.date === undefined ? {} : { date: e.date, datePrecision: 'DAY' as const }),
      participants: (e.agents ?? []).map((actorId) => ({
        actorId,
        role: 'AGENT' as const,
        evidence: EVIDENCE,
      })),
      ...EXTRACTION,
    })),
    eventReports: (spec.events ?? []).map((e, i) => ({
      eventId: `e${i}`,
      evidence: e.sentence === undefined ? EVIDENCE : { ...EVIDENCE, sentence: e.sentence },
    })),
    claims: (spec.claims ?? []).map((c, i) => ({
      id: `c${i}`,
      kind: c.kind as never,
      text: c.text,
      direct: true,
      claimantId: c.claimant,
      relayedByIds: [],
      creditedIds: c.credited ?? [],
      aboutIds: [],
      ...EXTRACTION,
    })),
    claimReports: [],
  };
}

/** A small gold article about one recapture, to be varied by tests. */
export function sampleGold(overrides: Partial<GoldArticle> = {}): GoldArticle {
  return {
    article: 'a1.txt',
    actors: [
      { name: 'Islamic State', type: 'ARMED_GROUP', surfaces: ['ISIS', 'Daesh'] },
      { name: 'Syria', type: 'STATE', surfaces: ['Syrian'] },
      { name: 'Syrian Army', type: 'MILITARY', surfaces: ['Syrian army'], partOf: 'Syria' },
      { name: 'Russia', type: 'STATE', surfaces: ['Russian'] },
      { name: 'Bashar al-Assad', type: 'PERSON', surfaces: ['Assad'] },
    ],
    places: [
      { name: 'Palmyra', type: 'CITY', surfaces: ['Palmyra'] },
      { name: 'Temple of Bel', type: 'SITE', surfaces: ['Temple of Bel'], locatedIn: 'Palmyra' },
    ],
    events: [
      {
        type: 'RECAPTURE',
        central: true,
        agents: ['Syria'],
        targets: ['Islamic State'],
        place: 'Palmyra',
        date: '2016-03-27',
        datePrecision: 'DAY',
        sentence: 'Syrian forces recaptured Palmyra',
      },
      {
        type: 'DESTRUCTION',
        agents: ['Islamic State'],
        targets: ['Temple of Bel'],
        place: 'Temple of Bel',
        placeAlso: ['Palmyra'],
        sentence: 'ISIS destroyed the Temple of Bel',
      },
    ],
    claims: [
      {
        claimant: 'Bashar al-Assad',
        kind: 'CREDIT',
        direct: true,
        credited: ['Syrian Army'],
        relayedBy: [],
        text: 'an important achievement of the strategy pursued by the Syrian army',
        reportedBy: 'a1.txt',
      },
      {
        claimant: 'Russia',
        kind: 'REPORT',
        direct: false,
        credited: [],
        relayedBy: [],
        text: 'warplanes carried out around 500 sorties',
        reportedBy: 'a1.txt',
      },
    ],
    ...overrides,
  };
}

/** A prediction that gets everything in {@link sampleGold} right. */
export function perfectSpec(): Required<GraphSpec> {
  return {
    actors: [
      { name: 'Islamic State', type: 'ARMED_GROUP', aliases: ['ISIS', 'ISIL'] },
      { name: 'Syria', type: 'STATE' },
      { name: 'Syrian Army', type: 'MILITARY' },
      { name: 'Russia', type: 'STATE' },
      { name: 'Bashar al-Assad', type: 'PERSON' },
    ],
    places: [
      { name: 'Palmyra', type: 'CITY' },
      { name: 'Temple of Bel', type: 'SITE' },
    ],
    mentions: [],
    events: [
      { type: 'RECAPTURE', place: 'Palmyra', agents: ['Syria'], date: '2016-03-27' },
      { type: 'DESTRUCTION', place: 'Temple of Bel', agents: ['Islamic State'] },
    ],
    claims: [
      {
        kind: 'CREDIT',
        claimant: 'Bashar al-Assad',
        text: 'This is an important achievement of the strategy pursued by the Syrian army',
        credited: ['Syrian Army'],
      },
      { kind: 'REPORT', claimant: 'Russia', text: 'warplanes carried out around 500 sorties' },
    ],
  };
}
