import type { Mention, MentionLink, ResolvedMention } from '../../domain.js';
import type { Decision } from './decision.js';

/** One entity as its mentions build it up. */
export interface Accumulator {
  decision: Decision;
  /** Type → summed mention confidence; the heaviest type wins. */
  typeWeights: Map<string, number>;
  aliases: string[];
  titles: string[];
  confidence: number;
  extractor: string;
}

/** The mentions merged by entity id, with one link and one resolved mention per mention. */
export interface MergedDecisions {
  entities: Map<string, Accumulator>;
  links: MentionLink[];
  resolved: ResolvedMention[];
}

function addUnique(list: string[], values: string[]): void {
  for (const v of values) if (v !== '' && !list.includes(v)) list.push(v);
}

/** Merges each mention's decision into the entity it names (aliases, titles, type weights, part-of). */
export function mergeDecisions(mentions: Mention[], decisions: Decision[]): MergedDecisions {
  const entities = new Map<string, Accumulator>();
  const links: MentionLink[] = [];
  const resolved: ResolvedMention[] = [];
  mentions.forEach((m, i) => {
    const d = decisions[i]!;
    let acc = entities.get(d.id);
    if (!acc) {
      acc = {
        decision: d,
        typeWeights: new Map(),
        aliases: [],
        titles: [],
        confidence: 0,
        extractor: m.evidence.extractor,
      };
      entities.set(d.id, acc);
    }
    acc.typeWeights.set(d.type, (acc.typeWeights.get(d.type) ?? 0) + m.evidence.confidence);
    addUnique(
      acc.aliases,
      d.aliases.filter((a) => a !== d.canonical),
    );
    addUnique(acc.titles, m.titles);
    acc.confidence = Math.max(acc.confidence, m.evidence.confidence);
    if (!acc.decision.partOf && d.partOf) {
      acc.decision = {
        ...acc.decision,
        partOf: d.partOf,
        ...(d.partOfImplied ? { partOfImplied: true } : {}),
      };
    }
    links.push({
      entityId: d.id,
      entityKind: d.kind,
      surface: m.surface,
      rule: d.rule,
      evidence: m.evidence,
    });
    resolved.push({ ...m, entityId: d.id, rule: d.rule });
  });
  return { entities, links, resolved };
}

/** The type with the highest summed confidence (the decision's own type when there is none). */
export function bestType(acc: Accumulator): string {
  let best = acc.decision.type as string;
  let weight = -1;
  for (const [type, w] of acc.typeWeights) {
    if (w > weight) {
      best = type;
      weight = w;
    }
  }
  return best;
}
