import type {
  Actor,
  DatePrecision,
  Event,
  EventParticipant,
  EventReport,
  EventType,
  Place,
} from '../../../domain.js';
import { categoryOf } from '../../../knowledge/event-ontology.js';
import { eventId, eventLabel, countryOf, keyString, sideOf } from './event-identity.js';
import type { EventKey } from './event-identity.js';
import { resolveEventId } from './event-memory.js';
import { leaderSide } from './leader-side.js';
import type { EventMemory } from './event-memory.js';
import { evidenceOf } from './evidence.js';
import { newsLabel } from './news-label.js';
import type { EventMention } from './find-event-mentions.js';

/** Where the merged events get their names, sides and versions from. */
export interface ConsolidateInput {
  articleId: string;
  actors: ReadonlyMap<string, Actor>;
  places: ReadonlyMap<string, Place>;
  extractor: string;
  extractorVersion: string;
  /** Events of earlier articles of the run; without it ids come from the key alone. */
  memory?: EventMemory;
}

const PRECISION_RANK: Record<DatePrecision, number> = { DAY: 3, MONTH: 2, YEAR: 1 };

function agentsOf(m: EventMention): string[] {
  return m.participants
    .filter((p) => p.role === 'AGENT')
    .sort((a, b) => a.mention.evidence.start - b.mention.evidence.start)
    .map((p) => p.mention.entityId);
}

/** The part of an id after its kind prefix ('act_syria' → 'syria'). */
function idName(id: string): string {
  return id.slice(id.indexOf('_') + 1);
}

function nameOfSide(id: string, actors: ReadonlyMap<string, Actor>): string {
  return actors.get(id)?.name ?? id;
}

/** The side an agent acts for: its outermost `partOf`, or the country a head of state leads. */
function agentSide(id: string, actors: ReadonlyMap<string, Actor>): string {
  const side = sideOf(id, actors);
  return leaderSide(side, actors) ?? side;
}

/** The sides named as backing the acting side (SUPPORTER participants), for the cross-article join. */
function alliesOf(members: EventMention[], actors: ReadonlyMap<string, Actor>): string[] {
  return [
    ...new Set(
      members.flatMap((m) =>
        m.participants
          .filter((p) => p.role === 'SUPPORTER')
          .map((p) => agentSide(p.mention.entityId, actors)),
      ),
    ),
  ];
}

/** The acting side: of several agents, the one of the place's own country, else the first named. */
function actingSide(m: EventMention, input: ConsolidateInput): string | undefined {
  const sides = agentsOf(m).map((id) => agentSide(id, input.actors));
  if (sides.length === 0) return undefined;
  if (sides.length > 1 && m.place) {
    const countryId = countryOf(m.place.entityId, input.places);
    const countryName = input.places.get(countryId)?.name.toLowerCase();
    const home = sides.find(
      (s) => idName(s) === idName(countryId) || nameOfSide(s, input.actors).toLowerCase() === countryName,
    );
    if (home) return home;
  }
  return sides[0];
}

function losingSide(m: EventMention, input: ConsolidateInput): string | undefined {
  const target = m.participants.find((p) => p.role === 'TARGET');
  return target ? sideOf(target.mention.entityId, input.actors) : undefined;
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * The side of a mention that names no agent, read from the rest of the article: for a change of
 * hands, the side that took the same place from the same loser (or, with no loser named, the side
 * most often said to have taken it); for other families, the one side the article names for the
 * same kind of event at the same place.
 */
function inferSide(m: EventMention, all: EventMention[], input: ConsolidateInput): string {
  const placeId = m.place?.entityId;
  const family = m.hit.entry.family;
  const type = m.hit.entry.type;
  const sameFamily = all.filter(
    (x) => x !== m && x.hit.entry.family === family && x.place?.entityId === placeId,
  );
  // A recapture is not the capture it undid: an agentless 'retaking' joins other recaptures, or
  // reports of the loss ('X lost the city to Y'), never a plain capture by someone.
  const recaptures = sameFamily.filter(
    (x) => x.hit.entry.type === 'RECAPTURE' && actingSide(x, input) !== undefined,
  );
  const losses = sameFamily.filter((x) => x.hit.entry.subjectRole === 'TARGET' || x.hit.entry.subjectIsPlace);
  // Nor does a plain capture take its side from a recapture of the place ('seized it in May 2015').
  const captures = sameFamily.filter((x) => x.hit.entry.type !== 'RECAPTURE');
  const peers =
    type === 'RECAPTURE'
      ? recaptures.length > 0
        ? recaptures
        : losses
      : family === 'CONTROL'
        ? captures
        : sameFamily;
  const known = peers.map((x) => ({ x, side: actingSide(x, input) })).filter((p) => p.side !== undefined);
  const loser = losingSide(m, input);
  if (family === 'CONTROL') {
    if (loser !== undefined) {
      const sameLoser = known.filter((p) => losingSide(p.x, input) === loser && p.side !== loser);
      const notLoser = known.filter((p) => p.side !== loser);
      const side = mostFrequent((sameLoser.length > 0 ? sameLoser : notLoser).map((p) => p.side!));
      return side ?? `against:${loser}`;
    }
    return mostFrequent(known.map((p) => p.side!)) ?? '?';
  }
  const distinct = [...new Set(known.map((p) => p.side!))];
  if (distinct.length === 1) return distinct[0]!;
  return loser !== undefined ? `against:${loser}` : '?';
}

function keyOf(m: EventMention, all: EventMention[], input: ConsolidateInput): EventKey {
  const family = m.hit.entry.family;
  const side = actingSide(m, input) ?? inferSide(m, all, input);
  // Who suffered it identifies a killing, or an attack with no place.
  const sufferers =
    family === 'KILLING' || m.place === undefined
      ? m.participants
          .filter((p) => p.role === 'VICTIM' || p.role === 'TARGET')
          .map((p) =>
            p.mention.type === 'PERSON' ? p.mention.entityId : sideOf(p.mention.entityId, input.actors),
          )
      : [];
  const namedPeople = m.participants.filter((p) => p.role === 'VICTIM' && p.mention.type === 'PERSON');
  if (family === 'KILLING' && namedPeople.length > 0) {
    // A named person is killed once, wherever and by whomever an article says.
    return { family, side: '', sufferers: [...new Set(namedPeople.map((p) => p.mention.entityId))].sort() };
  }
  if (family === 'CEASEFIRE') {
    const parties = [...new Set(agentsOf(m).map((id) => sideOf(id, input.actors)))].sort();
    const country = m.place ? countryOf(m.place.entityId, input.places) : undefined;
    const placeId = country && input.places.has(country) ? country : m.place?.entityId;
    return { family, ...(placeId ? { placeId } : {}), side: parties.join('+') };
  }
  if (m.hit.entry.requires !== 'legacy') return newsKey(m, side, input);
  return {
    family,
    ...(m.place ? { placeId: m.place.entityId } : {}),
    side,
    ...(sufferers.length > 0 ? { sufferers: [...new Set(sufferers)].sort() } : {}),
  };
}

/**
 * The key of a news-kind event: kind, place, acting side and who it was done to. Two of the three
 * anchors (a known side, a named target, a place) must be known for reports in other articles to
 * join it ('Chelsea beat Arsenal' across articles is one match; 'Chelsea won' is any of Chelsea's
 * wins), else the key is scoped to its article.
 */
function newsKey(m: EventMention, side: string, input: ConsolidateInput): EventKey {
  const family = m.hit.entry.family;
  const sufferers = [
    ...new Set(
      m.participants
        .filter((p) => p.role === 'VICTIM' || p.role === 'TARGET')
        .map((p) =>
          p.mention.type === 'PERSON' ? p.mention.entityId : sideOf(p.mention.entityId, input.actors),
        ),
    ),
  ].sort();
  const anchors =
    Number(side !== '?' && !side.startsWith('against:')) +
    Number(sufferers.length > 0) +
    Number(m.place !== undefined);
  return {
    family,
    ...(m.place ? { placeId: m.place.entityId } : {}),
    side,
    ...(sufferers.length > 0 ? { sufferers } : {}),
    ...(anchors < 2 ? { scope: input.articleId } : {}),
  };
}

/**
 * Joins an article's news-kind groups that name nobody and no place ('the win', 'the deal') to the
 * one other group of the same kind in the article, when there is exactly one.
 */
function joinBareNewsGroups(groups: Map<string, { key: EventKey; members: EventMention[] }>): void {
  for (const [k, group] of [...groups]) {
    const entry = group.members[0]!.hit.entry;
    if (entry.requires === 'legacy') continue;
    if (group.key.side !== '?' || (group.key.sufferers ?? []).length > 0 || group.key.placeId) continue;
    const others = [...groups].filter(([ok, g]) => ok !== k && g.key.family === group.key.family);
    if (others.length !== 1) continue;
    others[0]![1].members.push(...group.members);
    groups.delete(k);
  }
}

function typeOf(group: EventMention[]): EventType {
  const family = group[0]!.hit.entry.family;
  if (family !== 'CONTROL') return group[0]!.hit.entry.type;
  const re = group.filter((m) => m.hit.entry.type === 'RECAPTURE').length;
  return re * 2 >= group.length ? 'RECAPTURE' : 'CAPTURE';
}

/** Kinds whose caption names the acting side, so two such events at one place read apart. */
const SIDE_IN_LABEL = new Set<EventType>(['AIRSTRIKE', 'ATTACK', 'OFFENSIVE', 'DESTRUCTION', 'BOMBING']);

/**
 * Adds the acting side to a military caption ('Airstrikes on Palmyra by Russia') when the side is
 * known and the caption does not name it already: events of one kind at one place differ by who acted.
 */
function withSide(label: string, type: EventType, side: string, actors: ReadonlyMap<string, Actor>): string {
  if (!SIDE_IN_LABEL.has(type) || side === '' || side === '?' || side.startsWith('against:')) return label;
  const name = nameOfSide(side, actors);
  return label.includes(name) || / by /.test(label) ? label : `${label} by ${name}`;
}

/**
 * Merges the event mentions of one article into events: mentions with the same key (family,
 * place, side) are one event; each mention becomes one report with its own trigger, sentence
 * and date. Returns events and reports in text order of first mention.
 */
export function consolidateEvents(
  mentions: EventMention[],
  input: ConsolidateInput,
): { events: Event[]; eventReports: EventReport[] } {
  const groups = new Map<string, { key: EventKey; members: EventMention[] }>();
  for (const m of mentions) {
    const key = keyOf(m, mentions, input);
    const k = keyString(key);
    const group = groups.get(k) ?? { key, members: [] };
    group.members.push(m);
    groups.set(k, group);
  }
  joinBareNewsGroups(groups);
  const events: Event[] = [];
  const eventReports: EventReport[] = [];
  for (const { key, members } of groups.values()) {
    const keyId = eventId(key);
    const months = [
      ...new Set(
        members.flatMap((m) =>
          m.date?.date && m.date.precision !== 'YEAR' ? [m.date.date.slice(0, 7)] : [],
        ),
      ),
    ];
    const type = typeOf(members);
    const resolved =
      input.memory && !key.scope
        ? resolveEventId(input.memory, {
            family: key.family,
            type,
            allies: alliesOf(members, input.actors),
            ...(key.placeId ? { placeId: key.placeId } : {}),
            side: key.side,
            sufferers: key.sufferers ?? [],
            months,
            keyId,
          })
        : { id: keyId, rule: 'key' as const };
    const id = resolved.id;
    const participants: EventParticipant[] = [];
    for (const m of members) {
      for (const p of m.participants) {
        if (participants.some((x) => x.actorId === p.mention.entityId && x.role === p.role)) continue;
        participants.push({
          actorId: p.mention.entityId,
          role: p.role,
          evidence: evidenceOf(
            input.articleId,
            m.sentence,
            p.mention.evidence,
            Math.min(p.confidence, m.confidence + 0.1),
            input.extractor,
            input.extractorVersion,
          ),
        });
      }
    }
    const dated = members
      .filter((m) => m.date?.date !== undefined)
      .sort((a, b) => PRECISION_RANK[b.date!.precision!] - PRECISION_RANK[a.date!.precision!]);
    // A named person's killing is keyed without its place; the event still shows where the article puts it.
    const placeId = key.placeId ?? mostFrequent(members.flatMap((m) => (m.place ? [m.place.entityId] : [])));
    const place = placeId ? input.places.get(placeId) : undefined;
    // A background event keeps the name of its place but is not placed there (mark-background.ts).
    const detached = members.every((m) => m.placeDetached);
    // Victims named by a demonym are people, not the state: 'the killing of Armenians'.
    const surfaces = new Map<string, string>();
    for (const m of members) {
      for (const p of m.participants)
        if (p.mention.viaDemonym) surfaces.set(p.mention.entityId, p.mention.surface);
    }
    const sufferers = participants
      .filter((p) => p.role === 'VICTIM' || (p.role === 'TARGET' && !place))
      .map((p) => surfaces.get(p.actorId) ?? nameOfSide(p.actorId, input.actors));
    const agents = participants
      .filter((p) => p.role === 'AGENT')
      .map((p) => nameOfSide(p.actorId, input.actors));
    const first = members[0]!;
    const legacy = first.hit.entry.requires === 'legacy';
    const names = (role: string) => [
      ...new Set(
        participants
          .filter((p) => p.role === role)
          .map((p) => surfaces.get(p.actorId) ?? nameOfSide(p.actorId, input.actors)),
      ),
    ];
    const caption = legacy
      ? withSide(
          eventLabel(type, place, [...new Set(sufferers)], [...new Set(agents)]),
          type,
          key.side,
          input.actors,
        )
      : newsLabel(type, {
          agent: names('AGENT'),
          target: names('TARGET'),
          victim: names('VICTIM'),
          ...(place ? { place: place.name } : {}),
          trigger: first.hit.text,
        });
    const best = dated[0]?.date;
    const earlier = events.find((e) => e.id === id);
    if (earlier) {
      // Two readings of this article joined one event of an earlier article: one node, both reports.
      for (const p of participants)
        if (!earlier.participants.some((x) => x.actorId === p.actorId && x.role === p.role))
          earlier.participants.push(p);
    }
    if (!earlier)
      events.push({
        id,
        type,
        category: categoryOf(type),
        label: caption,
        ...(placeId && !detached ? { placeId } : {}),
        ...(best?.date ? { date: best.date, datePrecision: best.precision! } : {}),
        ...(best?.date && best.basis ? { dateBasis: best.basis } : {}),
        participants,
        ...(resolved.rule !== 'key' ? { mergeRule: resolved.rule } : {}),
        confidence: Math.round(Math.max(...members.map((m) => m.confidence)) * 100) / 100,
        extractor: input.extractor,
        extractorVersion: input.extractorVersion,
      });
    for (const m of members) {
      eventReports.push({
        eventId: id,
        trigger: m.hit.text,
        ...(m.date ? { dateText: m.date.text } : {}),
        ...(m.date?.date ? { date: m.date.date, datePrecision: m.date.precision! } : {}),
        ...(m.date?.date && m.date.basis ? { dateBasis: m.date.basis } : {}),
        ...(m.date?.monthOfYear ? { monthOfYear: m.date.monthOfYear } : {}),
        ...(m.counts && m.counts.length > 0 ? { counts: m.counts } : {}),
        ...(m.background ? { background: true } : {}),
        evidence: evidenceOf(
          input.articleId,
          m.sentence,
          { start: m.hit.start, end: m.hit.end },
          m.confidence,
          input.extractor,
          input.extractorVersion,
        ),
      });
    }
  }
  eventReports.sort((a, b) => a.evidence.start - b.evidence.start);
  return { events, eventReports };
}
