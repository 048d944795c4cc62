import type { ParticipantRole } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { TriggerHit } from './find-triggers.js';
import { coordinated, isPossessor, isPreposed } from './mention-position.js';
import {
  betweenPartiesOf,
  cuedAgent,
  lightVerbBefore,
  newsPrepositionRole,
  prepositionalAfter,
  purposeAdjunctBefore,
  withAdjunctBefore,
} from './prepositional-roles.js';
import type { HitRoles, RoleFinding, RoleScope } from './role-scope.js';
import { appositionAfter, objectAfter, RELATIVE_OPENER, subjectBefore } from './subject-object.js';
import { wordBefore, wordsOf } from './words.js';
import { namesHome } from './home-place.js';
import { nearbyPlace } from './nearby-place.js';
import { wherePlace } from './where-place.js';
import { makerSubject } from './maker-subject.js';
import { isParticiple } from './word-forms.js';

export type { HitRoles, RoleFinding, RoleScope } from './role-scope.js';

function start(m: ResolvedMention): number {
  return m.evidence.start;
}
function end(m: ResolvedMention): number {
  return m.evidence.end;
}

/** 'is on trial', 'went on strike', 'stands currently on trial': a state or activity the subject is in. */
const STANDING_ON =
  /\b(?:is|was|are|were|be|been|went|goes|go|gone|stood|stands|stand|remains|remained)\s+(?:\p{Ll}+ly\s+|now\s+|still\s+)?on\s+$/u;

function push(
  findings: RoleFinding[],
  scope: RoleScope,
  m: ResolvedMention,
  role: ParticipantRole,
  confidence: number,
  direction: -1 | 1,
): void {
  for (const x of [m, ...coordinated(scope, m, direction)]) {
    if (x.kind !== 'ACTOR') continue;
    if (!findings.some((f) => f.mention === x)) findings.push({ mention: x, role, confidence });
  }
}

function preferSite(place: ResolvedMention | undefined, other: ResolvedMention): ResolvedMention {
  return place ?? other;
}

/**
 * Finds the participants and the place of one trigger from the resolved mentions around it:
 * the subject (AGENT, or TARGET for 'lost'), the object (place, or VICTIM/TARGET), 'by X' in
 * passives and nominalisations, 'from X' (the side that lost a place), 'X's capture of', and
 * adjectival actors ('Russian airstrikes').
 */
export function assignRoles(scope: RoleScope, hit: TriggerHit): HitRoles {
  const { entry } = hit;
  const findings: RoleFinding[] = [];
  let place: ResolvedMention | undefined;
  let placeTie: 'syntax' | 'nearby' | undefined;
  const after = hit.phraseEnd;
  const control = entry.family === 'CONTROL';
  // The phrases after the trigger, read once: the passive agent ('by X', as `byAgent`) and the roles below ask.
  const phrasesAfter = prepositionalAfter(scope, after, hit.nominal);
  const agentByPhrase = phrasesAfter.find(({ m, prep }) => prep === 'by' && m.kind === 'ACTOR')?.m;
  // The word right before the trigger, determiners included (read once: three rules ask).
  const previous = wordBefore(scope.text, hit.start, false);
  const perfect = ['has', 'have', 'had', 'having'].includes(previous);
  // 'was turned into a film by X': a phrase after a form of 'be' is a participle when its first word is.
  const participle =
    entry.participle ||
    (scope.lexicon.beForms.has(previous) && isParticiple(hit.text.toLowerCase().split(/\s+/)[0] ?? ''));
  const passive = hit.passive || (!hit.nominal && !perfect && participle && agentByPhrase !== undefined);

  if (hit.nominal) {
    // 'X's capture of …', 'Russian airstrikes', 'the Syrian offensive'
    const left = scope.mentions.filter((m) => end(m) <= hit.start).at(-1);
    if (left && !scope.excluded.has(left)) {
      const gap = scope.text.slice(end(left), hit.start);
      const adjacent =
        /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) &&
        // 'Abbas said such attacks': a determiner starts another noun phrase.
        !/\b(?:of|and|in|on|at|from|to|such|the|a|an|these|those|this|that|some|any)\b/.test(gap);
      if (adjacent && left.kind === 'PLACE') {
        place = left;
        placeTie = 'syntax';
      } else if (adjacent && left.kind === 'ACTOR' && !isPreposed(scope, left)) {
        push(findings, scope, left, 'AGENT', 0.7, -1);
      }
    }
    const object = objectAfter(scope, after, 50);
    if (object && /^\s*(?:of|on|against|in)\b/.test(scope.text.slice(after, start(object)))) {
      if (object.kind === 'PLACE') {
        place = preferSite(place, object);
        placeTie = 'syntax';
      } else if (entry.objectRole) {
        push(findings, scope, object, entry.objectRole, 0.7, 1);
      }
    } else if (object && object.kind === 'PLACE' && /^\s*$/.test(scope.text.slice(after, start(object)))) {
      // gerund with a direct object: 'regaining Palmyra'
      place = preferSite(place, object);
      placeTie = 'syntax';
    }
    if (agentByPhrase) push(findings, scope, agentByPhrase, 'AGENT', 0.75, 1);
    if (!findings.some((f) => f.role === 'AGENT') && ['their', 'its', 'his', 'her'].includes(previous)) {
      // 'The Syrian Army … have continued their offensive': the owner is the clause subject.
      const owner = subjectBefore(scope, hit.start, false);
      if (owner) push(findings, scope, owner, 'AGENT', 0.6, -1);
    }
    const standing = STANDING_ON.exec(scope.text.slice(Math.max(0, hit.start - 40), hit.start));
    if (findings.length === 0 && standing) {
      // 'X is on trial', 'X went on strike': the subject of the verb before 'on' takes part.
      const subject = subjectBefore(scope, hit.start - standing[0].length, false);
      if (subject) push(findings, scope, subject, entry.objectRole ?? 'AGENT', 0.6, -1);
    }
    if (!findings.some((f) => f.role === 'AGENT')) {
      // 'The Northland Army conducted 23 strikes': the subject of the support verb acts; 'X took the
      // title with a dramatic win': a noun in a 'with' adjunct is the clause subject's doing.
      const verb =
        lightVerbBefore(scope, hit.start) ??
        withAdjunctBefore(scope.text, hit.start) ??
        purposeAdjunctBefore(scope.text, hit.start);
      const subject = verb === undefined ? undefined : subjectBefore(scope, verb, false);
      if (subject) push(findings, scope, subject, 'AGENT', 0.65, -1);
    }
  } else if (passive) {
    const subject = subjectBefore(scope, hit.start, true, true);
    if (subject?.kind === 'PLACE') {
      place = subject;
      placeTie = 'syntax';
    } else if (subject && entry.objectRole) {
      push(findings, scope, subject, entry.objectRole, 0.7, -1);
    } else if (subject && control && entry.particle) {
      push(findings, scope, subject, 'TARGET', 0.65, -1);
    }
    if (agentByPhrase) push(findings, scope, agentByPhrase, 'AGENT', 0.8, 1);
  } else {
    const subject = subjectBefore(scope, hit.start, entry.subjectIsPlace);
    if (subject?.kind === 'PLACE') {
      place = subject;
      placeTie = 'syntax';
    } else if (subject) {
      push(findings, scope, makerSubject(scope, subject, entry.type), entry.subjectRole, 0.75, -1);
    }
    const objectStart = hit.gap ? hit.gap.start : after;
    let object = objectAfter(scope, objectStart);
    if (object && entry.needsPlaceObject) {
      // 'took the ancient city of X', not 'lost voters' trust because of the X war'.
      const gap = scope.text.slice(objectStart, start(object));
      if (wordsOf(gap).length > 4 || /['’]/.test(gap)) object = undefined;
    }
    if (object?.kind === 'PLACE') {
      place = object;
      placeTie = 'syntax';
    } else if (object && entry.objectRole) {
      push(findings, scope, object, entry.objectRole, 0.75, 1);
    } else if (object === undefined && entry.objectRole === 'VICTIM') {
      const named = appositionAfter(scope, objectStart);
      if (named) push(findings, scope, named, 'VICTIM', 0.7, 1);
    }
  }

  if (entry.needsPlaceObject && placeTie !== 'syntax') return { participants: [] };
  // 'took the UK to war', 'took Britain into Europe': the place is not taken.
  if (
    entry.needsPlaceObject &&
    entry.subjectRole === 'AGENT' &&
    place &&
    /^\s+(?:to|into)\b/.test(scope.text.slice(end(place), end(place) + 6))
  ) {
    return { participants: [] };
  }

  for (const { m, prep } of hit.gap ? prepositionalAfter(scope, hit.gap.start, hit.nominal) : phrasesAfter) {
    if (findings.some((f) => f.mention === m) || m === place) continue;
    if (m.kind === 'PLACE') {
      // 'treasures that date back to the Silk Road': a place inside a relative clause is not the event's.
      if (RELATIVE_OPENER.test(scope.text.slice(hit.phraseEnd, start(m)))) continue;
      // A place changes hands only as the object ('took X', 'the capture of X', 'took control over X');
      // 'recapturing his title in Helsinki' is not a capture of Helsinki.
      const placePreps = control
        ? hit.nominal || entry.particle === 'control' || entry.particle === 'over'
          ? ['of', 'over']
          : entry.particle === 'out' || entry.needsPrep === 'of'
            ? ['of', 'from']
            : []
        : entry.family === 'WITHDRAWAL'
          ? ['from', 'of']
          : // 'from' names a source ('a life ban from US chiefs', 'aid from Britain'), not the place.
            ['of', 'in', 'at', 'into', 'near', 'on', 'over', 'around', 'across', 'throughout', 'within'];
      if (place === undefined && placePreps.includes(prep)) {
        place = m;
        placeTie = 'syntax';
      }
      continue;
    }
    if (isPossessor(scope, m) && prep !== 'of') continue;
    const subjectLost = entry.subjectRole === 'TARGET' || entry.subjectIsPlace;
    if (entry.type === 'CEASEFIRE' && ['between', 'with'].includes(prep)) {
      push(findings, scope, m, 'AGENT', 0.6, 1);
    } else if (control && subjectLost && (prep === 'to' || prep === 'from')) {
      push(findings, scope, m, 'AGENT', 0.65, 1);
    } else if (
      control &&
      (prep === 'from' || prep === 'under' || (prep === 'of' && entry.needsPrep === 'of'))
    ) {
      push(findings, scope, m, 'TARGET', 0.7, 1);
    } else if (hit.nominal && (entry.type === 'OFFENSIVE' || entry.type === 'ATTACK') && prep === 'from') {
      push(findings, scope, m, 'AGENT', 0.6, 1);
    } else if (
      (entry.type === 'ATTACK' || entry.type === 'AIRSTRIKE' || entry.type === 'OFFENSIVE') &&
      ['against', 'on'].includes(prep)
    ) {
      push(findings, scope, m, 'TARGET', 0.65, 1);
    } else if (entry.requires !== 'legacy') {
      const role = newsPrepositionRole(entry, prep, hit.nominal, hit.text.toLowerCase());
      if (role) push(findings, scope, m, role, 0.6, 1);
    }
  }

  // 'a truce between U.S.-backed rebels and the Northland Army', 'a co-operation deal between A and B'.
  for (const m of betweenPartiesOf(scope, hit.phraseEnd, entry.type))
    push(findings, scope, m, 'AGENT', 0.6, 1);

  if (!findings.some((f) => f.role === 'AGENT')) {
    const agent = cuedAgent(scope, hit.phraseEnd);
    if (agent) push(findings, scope, agent, 'AGENT', 0.65, 1);
  }

  if (place === undefined && !control) {
    // '… New Mexico, where Al Gore won': the relative clause happens at the place it refers to.
    const referred = wherePlace(scope, hit.start);
    const best = referred ?? nearbyPlace(scope, hit.start, after);
    if (best && (referred || !namesHome(scope, best))) {
      place = best;
      placeTie = referred ? 'syntax' : 'nearby';
    }
  }
  return { participants: findings, ...(place ? { place, placeTie: placeTie ?? 'nearby' } : {}) };
}
