import type { ArticleGraph, EventCount } from '../domain.js';
import { toNameKeys, type NameKeys } from './name-score.js';

/** A predicted actor or place with every name it answers to in this article. */
export interface PredEntity extends NameKeys {
  id: string;
  kind: 'ACTOR' | 'PLACE';
  name: string;
  type: string;
}

export interface PredEvent {
  id: string;
  type: string;
  label: string;
  place: PredEntity | undefined;
  /** Participants with role AGENT that are among the article's actors. */
  agents: PredEntity[];
  /** The date this article gives (its event report), else the event's own date. */
  date: string | undefined;
  /** The sentence of the first report, for error listings. */
  sentence: string | undefined;
  /** The sentences of every report of the event in this article. */
  sentences: string[];
  /** The numbers every report of the event in this article gives (casualties, a score, an amount). */
  counts: EventCount[];
}

export interface PredClaim {
  id: string;
  kind: string;
  text: string;
  claimant: PredEntity | undefined;
  /** The claimant id when it is not among the article's actors. */
  claimantId: string;
  credited: PredEntity[];
  /** Credited ids that are not among the article's actors (they can never match). */
  unknownCredited: string[];
}

/** An `ArticleGraph` reduced to what scoring looks at. */
export interface PredictionView {
  entities: PredEntity[];
  events: PredEvent[];
  claims: PredClaim[];
}

/**
 * Reduces an extractor's output to entities with their name keys (canonical name, aliases and the
 * surface forms of their mentions in this article), events with resolved place and agents, and claims
 * with resolved claimant and credited actors.
 */
export function viewPrediction(graph: ArticleGraph): PredictionView {
  const surfaces = new Map<string, string[]>();
  for (const mention of graph.mentions) {
    const key = `${mention.entityKind}:${mention.entityId}`;
    const list = surfaces.get(key) ?? [];
    list.push(mention.surface);
    surfaces.set(key, list);
  }
  // Keyed by kind and id: an actor and a place may share an id (Syria the state, Syria the country).
  const byId = new Map<string, PredEntity>();
  const entities: PredEntity[] = [];
  const add = (
    id: string,
    kind: 'ACTOR' | 'PLACE',
    name: string,
    type: string,
    aliases: readonly string[],
  ): void => {
    const key = `${kind}:${id}`;
    if (byId.has(key)) return;
    const entity: PredEntity = {
      id,
      kind,
      name,
      type,
      ...toNameKeys(name, [...aliases, ...(surfaces.get(key) ?? [])]),
    };
    byId.set(key, entity);
    entities.push(entity);
  };
  for (const actor of graph.actors) add(actor.id, 'ACTOR', actor.name, actor.type, actor.aliases);
  for (const place of graph.places) add(place.id, 'PLACE', place.name, place.type, place.aliases);

  const actorOf = (id: string): PredEntity | undefined => {
    return byId.get(`ACTOR:${id}`);
  };
  const reports = new Map<string, (typeof graph.eventReports)[number]>();
  const sentences = new Map<string, string[]>();
  const counts = new Map<string, EventCount[]>();
  for (const report of graph.eventReports) {
    if (!reports.has(report.eventId)) reports.set(report.eventId, report);
    sentences.set(report.eventId, [...(sentences.get(report.eventId) ?? []), report.evidence.sentence]);
    // Two reports from one sentence give its numbers once.
    const known = counts.get(report.eventId) ?? [];
    const fresh = (report.counts ?? []).filter(
      (c) => !known.some((k) => k.start === c.start && k.end === c.end),
    );
    counts.set(report.eventId, [...known, ...fresh]);
  }

  const events: PredEvent[] = graph.events.map((event) => {
    const report = reports.get(event.id);
    const agents = event.participants
      .filter((p) => p.role === 'AGENT')
      .map((p) => actorOf(p.actorId))
      .filter((a): a is PredEntity => a !== undefined);
    return {
      id: event.id,
      type: event.type,
      label: event.label,
      place: event.placeId === undefined ? undefined : byId.get(`PLACE:${event.placeId}`),
      agents: [...new Set(agents)],
      date: report?.date ?? event.date,
      sentence: report?.evidence.sentence,
      sentences: sentences.get(event.id) ?? [],
      counts: counts.get(event.id) ?? [],
    };
  });

  const claims: PredClaim[] = graph.claims.map((claim) => {
    const credited: PredEntity[] = [];
    const unknownCredited: string[] = [];
    for (const id of claim.creditedIds) {
      const actor = actorOf(id);
      if (actor === undefined) unknownCredited.push(id);
      else credited.push(actor);
    }
    return {
      id: claim.id,
      kind: claim.kind,
      text: claim.text,
      claimant: actorOf(claim.claimantId),
      claimantId: claim.claimantId,
      credited,
      unknownCredited,
    };
  });
  return { entities, events, claims };
}
