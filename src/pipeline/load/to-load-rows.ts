import { createHash } from 'node:crypto';
import neo4j, { type Integer } from 'neo4j-driver';
import type { ArticleGraph, Evidence } from '../../domain.js';
import { eventOutranks, mergeRuleOf, outranks, type Reading } from './reading-order.js';
import { textHash } from './text-hash.js';

type Row = Record<string, unknown>;

/** Parameters for each named load query, flattened from a batch of article graphs. */
export interface LoadRows {
  articleIds: string[];
  eventIds: string[];
  articles: Row[];
  actors: Row[];
  places: Row[];
  actorMentions: Row[];
  placeMentions: Row[];
  partOf: Row[];
  locatedIn: Row[];
  events: Row[];
  /** What each article says identifies an event (for the next run's event memory). */
  eventIdentities: Row[];
  eventReports: Row[];
  participants: Row[];
  eventPlaces: Row[];
  claims: Row[];
  claimReports: Row[];
  claimedBy: Row[];
  relayedBy: Row[];
  credits: Row[];
  aboutEvent: Row[];
  aboutActor: Row[];
  aboutPlace: Row[];
}

/**
 * A whole number as a Neo4j INTEGER. Plain JS numbers reach Neo4j as FLOAT (`600.0`), which contradicts
 * the schema's `Int` and makes exports declare offsets and counts as `double`.
 */
export function whole(value: number): Integer {
  return neo4j.int(value);
}

/** Evidence as relationship properties; `articleId` and `start` are the edge's key and go beside them. */
function evidenceProps(evidence: Evidence): Row {
  return {
    sentenceIndex: whole(evidence.sentenceIndex),
    sentence: evidence.sentence,
    sentenceStart: whole(evidence.sentenceStart),
    sentenceEnd: whole(evidence.sentenceEnd),
    end: whole(evidence.end),
    confidence: evidence.confidence,
    extractor: evidence.extractor,
    extractorVersion: evidence.extractorVersion,
  };
}

/** `Outlet` ids are derived from the normalised name, so "BBC News" and "bbc news" are one outlet. */
export function outletId(name: string): string {
  const normal = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return `out_${createHash('sha256').update(normal).digest('hex').slice(0, 16)}`;
}

/** A node's reading for `outranks`: its confidence and the fields that break a tie. */
function reading(row: object, fields: unknown[]): Reading {
  return {
    confidence: Number((row as { confidence?: unknown }).confidence),
    fields: fields.map((f) => (typeof f === 'boolean' ? f : String(f))),
  };
}

function dropUndefined(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

/**
 * Flattens extracted article graphs into the rows the load queries UNWIND. Pure: no database.
 * Entities seen in several articles of the batch become one row each, with their aliases combined.
 */
export function toLoadRows(graphs: ArticleGraph[], ingestedAt: string, extractorVersion: string): LoadRows {
  const rows: LoadRows = {
    articleIds: [],
    eventIds: [],
    articles: [],
    actors: [],
    places: [],
    actorMentions: [],
    placeMentions: [],
    partOf: [],
    locatedIn: [],
    events: [],
    eventIdentities: [],
    eventReports: [],
    participants: [],
    eventPlaces: [],
    claims: [],
    claimReports: [],
    claimedBy: [],
    relayedBy: [],
    credits: [],
    aboutEvent: [],
    aboutActor: [],
    aboutPlace: [],
  };
  const actors = new Map<string, Row & { aliases: string[]; titles: string[] }>();
  const places = new Map<string, Row & { aliases: string[] }>();
  const events = new Map<string, Row>();
  const claims = new Map<string, Row>();
  const addAll = (list: string[], values: Iterable<string>) => {
    for (const value of values) if (!list.includes(value)) list.push(value);
  };

  for (const graph of graphs) {
    const { article } = graph;
    const articleId = article.id;
    rows.articleIds.push(articleId);
    rows.articles.push({
      id: articleId,
      outlet: article.outlet ?? null,
      outletId: article.outlet ? outletId(article.outlet) : null,
      props: dropUndefined({
        title: article.title,
        text: article.text,
        contentHash: article.contentHash,
        textHash: textHash(article.text),
        url: article.url,
        outlet: article.outlet,
        author: article.author,
        publishedAt: article.publishedAt,
        datePrecision: article.datePrecision,
        sourceFile: article.sourceFile,
        wordCount: whole(article.text.split(/\s+/).filter(Boolean).length),
        ingestedAt,
        extractorVersion,
      }),
    });

    const surfaces = new Map<string, string[]>();
    for (const link of graph.mentions) {
      const list = surfaces.get(link.entityId) ?? [];
      addAll(list, [link.surface]);
      surfaces.set(link.entityId, list);
      const target = link.entityKind === 'ACTOR' ? rows.actorMentions : rows.placeMentions;
      target.push({
        articleId,
        entityId: link.entityId,
        start: whole(link.evidence.start),
        props: { ...evidenceProps(link.evidence), surface: link.surface, rule: link.rule },
      });
    }

    for (const actor of graph.actors) {
      const row = actors.get(actor.id) ?? {
        id: actor.id,
        name: actor.name,
        type: actor.type,
        aliases: [] as string[],
        titles: [] as string[],
        confidence: actor.confidence,
        extractor: actor.extractor,
        extractorVersion: actor.extractorVersion,
      };
      addAll(row.aliases, [actor.name, ...actor.aliases, ...(surfaces.get(actor.id) ?? [])]);
      addAll(row.titles, actor.titles);
      if (outranks(reading(actor, [actor.type, actor.name]), reading(row, [row.type, row.name]))) {
        row.name = actor.name;
        row.type = actor.type;
      }
      row.confidence = Math.max(Number(row.confidence), actor.confidence);
      actors.set(actor.id, row);
      if (actor.partOf) rows.partOf.push({ from: actor.id, to: actor.partOf, articleId });
    }
    for (const place of graph.places) {
      const row = places.get(place.id) ?? {
        id: place.id,
        name: place.name,
        type: place.type,
        aliases: [] as string[],
        latitude: place.latitude ?? null,
        longitude: place.longitude ?? null,
        countryCode: place.countryCode ?? null,
        confidence: place.confidence,
        extractor: place.extractor,
        extractorVersion: place.extractorVersion,
      };
      addAll(row.aliases, [place.name, ...place.aliases, ...(surfaces.get(place.id) ?? [])]);
      if (outranks(reading(place, [place.type, place.name]), reading(row, [row.type, row.name]))) {
        row.name = place.name;
        row.type = place.type;
      }
      row.confidence = Math.max(Number(row.confidence), place.confidence);
      places.set(place.id, row);
      if (place.locatedIn) rows.locatedIn.push({ from: place.id, to: place.locatedIn, articleId });
    }

    for (const event of graph.events) {
      const existing = events.get(event.id);
      const row: Row = {
        id: event.id,
        type: event.type,
        category: event.category ?? null,
        label: event.label,
        mergeRule: event.mergeRule ?? 'key',
        confidence: event.confidence,
        extractor: event.extractor,
        extractorVersion: event.extractorVersion,
      };
      if (existing) {
        const kept = eventOutranks(event, existing as { type: string; label: string }) ? row : existing;
        row.type = kept.type;
        row.category = kept.category;
        row.label = kept.label;
        row.mergeRule = mergeRuleOf(String(existing.mergeRule), String(row.mergeRule));
        row.confidence = Math.max(Number(existing.confidence), event.confidence);
      }
      events.set(event.id, row);
      for (const identity of event.identities ?? [])
        rows.eventIdentities.push({
          id: event.id,
          family: identity.family,
          placeId: identity.placeId ?? null,
          side: identity.side,
          sufferers: identity.sufferers,
          allies: identity.allies,
          months: identity.months,
        });
      if (event.placeId) rows.eventPlaces.push({ eventId: event.id, placeId: event.placeId, articleId });
      for (const participant of event.participants) {
        rows.participants.push({
          actorId: participant.actorId,
          eventId: event.id,
          role: participant.role,
          articleId,
          props: { ...evidenceProps(participant.evidence), start: whole(participant.evidence.start) },
        });
      }
    }
    for (const report of graph.eventReports) {
      const count = report.counts?.[0];
      rows.eventReports.push({
        articleId,
        eventId: report.eventId,
        start: whole(report.evidence.start),
        props: dropUndefined({
          ...evidenceProps(report.evidence),
          dateText: report.dateText,
          date: report.date,
          datePrecision: report.datePrecision,
          dateBasis: report.dateBasis,
          monthOfYear: report.monthOfYear === undefined ? undefined : whole(report.monthOfYear),
          trigger: report.trigger,
          background: report.background,
          count: count === undefined ? undefined : String(count.value),
          countWhat: count?.what,
          countUnit: count?.unit,
          countQualifier: count?.qualifier,
          countText: count?.text,
        }),
      });
    }

    const eventIds = new Set(graph.events.map((event) => event.id));
    const placeIds = new Set(graph.places.map((place) => place.id));
    for (const claim of graph.claims) {
      const known = claims.get(claim.id);
      if (
        !known ||
        outranks(reading(claim, [claim.kind, claim.direct]), reading(known, [known.kind, known.direct]))
      ) {
        claims.set(claim.id, {
          id: claim.id,
          kind: claim.kind,
          text: claim.text,
          direct: claim.direct,
          confidence: Math.max(claim.confidence, Number(known?.confidence ?? 0)),
          extractor: claim.extractor,
          extractorVersion: claim.extractorVersion,
        });
      }
      rows.claimedBy.push({ claimId: claim.id, targetId: claim.claimantId, articleId });
      for (const id of claim.relayedByIds)
        rows.relayedBy.push({ claimId: claim.id, targetId: id, articleId });
      for (const id of claim.creditedIds) rows.credits.push({ claimId: claim.id, targetId: id, articleId });
      for (const id of claim.aboutIds) {
        const target = eventIds.has(id)
          ? rows.aboutEvent
          : placeIds.has(id)
            ? rows.aboutPlace
            : rows.aboutActor;
        target.push({ claimId: claim.id, targetId: id, articleId });
      }
    }
    for (const report of graph.claimReports) {
      rows.claimReports.push({
        articleId,
        claimId: report.claimId,
        start: whole(report.evidence.start),
        props: evidenceProps(report.evidence),
      });
    }
  }

  rows.actors = [...actors.values()];
  rows.places = [...places.values()];
  rows.events = [...events.values()];
  rows.claims = [...claims.values()];
  rows.eventIds = [...events.keys()];
  return rows;
}
