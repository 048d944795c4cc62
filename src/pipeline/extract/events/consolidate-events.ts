import type {
  DatePrecision,
  Event,
  EventIdentityFacts,
  EventParticipant,
  EventReport,
} from '../../../domain.js';
import { categoryOf } from '../../../knowledge/event-ontology.js';
import { articleWindowMonths, isBroadPlaceType } from '../../../knowledge/identity-families.js';
import { cannotAct } from '../../../knowledge/non-acting-side.js';
import { captionOf } from './event-caption.js';
import { eventIdOf, keyString } from './event-identity.js';
import type { EventKey } from './event-identity.js';
import { joinBareNewsGroups, keyOf, typeOf } from './event-keys.js';
import { joinBroadPlaceGroups } from './join-broad-place-groups.js';
import { joinDescribedVictims } from './join-described-victims.js';
import type { KeyContext } from './event-keys.js';
import { monthsCompatible, resolveEventId } from './event-memory.js';
import type { EventMemory } from './event-memory.js';
import { alliesOf, mostFrequent } from './event-sides.js';
import { evidenceOf } from './evidence.js';
import type { EventMention } from './find-event-mentions.js';
import { reportTimes } from './report-times.js';
import { storyPlacesNamed } from './story-places-named.js';

/** Where the merged events get their names, sides and versions from. */
export interface ConsolidateInput extends KeyContext {
  extractor: string;
  extractorVersion: string;
  /** Events of earlier articles of the run; without it ids come from the key alone. */
  memory?: EventMemory;
  /** The article's month (YYYY-MM), for a stated duration of a report that gives no date. */
  anchorMonth?: string;
}

const PRECISION_RANK: Record<DatePrecision, number> = { DAY: 3, MONTH: 2, YEAR: 1 };

/**
 * True when a group's place is a guess: it comes only from the sentences around its reports
 * (`placeTie` 'context'; for a country or a region, also only nearby in the sentence), and no other
 * event of the article is placed there ('… in Homs province.' then '… fighting killed 400 fighters'):
 * the place yields to an event of the story's places (`story-place`).
 */
function placeGuessed(
  key: EventKey,
  members: readonly EventMention[],
  placed: readonly { key: EventKey; members: readonly EventMention[] }[],
  broad: boolean,
): boolean {
  if (!key.placeId) return false;
  const weak = (m: EventMention) => m.placeTie === 'context' || (broad && m.placeTie === 'nearby');
  if (!members.every(weak)) return false;
  return !placed.some((g) => g.key.placeId === key.placeId && g.members !== members);
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
  const groups = new Map<string, { key: EventKey; members: EventMention[]; times: string[] }>();
  for (const m of mentions) {
    const key = keyOf(m, mentions, input);
    const times = reportTimes(m, input.anchorMonth);
    // One key told at times too far apart for one event ('seized in 2012' and 'recaptured in
    // December 2016'): a group of its own, that event identity keeps apart ('time-window').
    const window = articleWindowMonths(key.family);
    const keyText = keyString(key);
    let k = keyText;
    for (let n = 1; groups.has(k) && !monthsCompatible(groups.get(k)!.times, times, window); n++)
      k = `${keyText}~${n}`;
    const group = groups.get(k) ?? { key, members: [], times: [] };
    group.members.push(m);
    for (const t of times) if (!group.times.includes(t)) group.times.push(t);
    groups.set(k, group);
  }
  joinBareNewsGroups(groups);
  joinBroadPlaceGroups(groups, input.places);
  joinDescribedVictims(groups, input.actors, input.places);
  // The places this article places events at (not those of a background aside about another place).
  const placed = [...groups.values()].filter(
    ({ key, members }) => key.placeId && !members.every((m) => m.placeDetached),
  );
  const storyPlaces = placed.map(({ key }) => key.placeId!);
  const events: Event[] = [];
  const eventReports: EventReport[] = [];
  for (const [groupKey, { key, members, times }] of groups) {
    const keyText = keyString(key);
    const keyId = eventIdOf(keyText);
    const months = [...times].sort();
    const type = typeOf(members);
    // A news agency or a court named as the side that used force is a reading slip: no acting side.
    const setAside = cannotAct(type, input.actors.get(key.side)) ? key.side : undefined;
    const identity: EventIdentityFacts = {
      family: key.family,
      ...(key.placeId ? { placeId: key.placeId } : {}),
      side: setAside ? '?' : key.side,
      sufferers: key.sufferers ?? [],
      allies: alliesOf(members, input.actors),
      months,
    };
    // A key known too little to be joined across articles still joins the story's event when its place
    // came only from the sentences around it.
    const broad = isBroadPlaceType(input.places.get(key.placeId ?? '')?.type);
    // A sideless report in a country or a region whose sentence names a story place inside it yields to that place.
    const vague = broad && key.scope !== undefined && key.side === '?' && !key.sufferers?.length;
    const named = vague ? storyPlacesNamed(members, key.placeId!, storyPlaces, input.places) : [];
    const fromContext = placeGuessed(key, members, placed, broad) || named.length > 0;
    const resolved =
      input.memory && (!key.scope || (fromContext && members[0]!.hit.entry.requires === 'legacy'))
        ? resolveEventId(input.memory, {
            ...identity,
            type,
            keyId,
            ...(setAside ? { sideSetAside: setAside } : {}),
            ...(key.placeId ? {} : { storyPlaces }),
            ...(fromContext
              ? { storyPlaces: named.length > 0 ? named : storyPlaces, placeFromContext: true }
              : {}),
            ...(key.scope ? { scoped: true } : {}),
          })
        : groupKey !== keyText
          ? { id: `${keyId}_${(months[0] ?? 'undated').replace('-', '')}`, rule: 'time-window' as const }
          : { id: keyId, rule: 'key' as const, placeId: undefined };
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
    // A report with no place that joined an event of the story's place (`story-place`) is placed there.
    // A report placed only by the sentences around it that joined such an event is placed there too.
    const placeId =
      resolved.placeId ??
      key.placeId ??
      mostFrequent(members.flatMap((m) => (m.place ? [m.place.entityId] : [])));
    const place = placeId ? input.places.get(placeId) : undefined;
    // A background event keeps the name of its place but is not placed there (mark-background.ts).
    const detached = members.every((m) => m.placeDetached);
    const caption = captionOf(members, participants, {
      type,
      side: key.side,
      place,
      actors: input.actors,
    });
    const best = dated[0]?.date;
    const earlier = events.find((e) => e.id === id);
    if (earlier) {
      // Two readings of this article joined one event of an earlier article: one node, both reports.
      for (const p of participants)
        if (!earlier.participants.some((x) => x.actorId === p.actorId && x.role === p.role))
          earlier.participants.push(p);
      if (!key.scope) earlier.identities = [...(earlier.identities ?? []), identity];
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
        ...(key.scope ? {} : { identities: [identity] }),
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
