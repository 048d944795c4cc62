import { shortCaption, type GraphEdge, type GraphNode, type GraphView } from './graph-data.js';
import type { AttributedClaim } from './queries.js';

/** `1 source`, `3 sources`. */
export function sourceCount(count: number): string {
  return `${count} source${count === 1 ? '' : 's'}`;
}

/**
 * The claim-centred view of some claims: speaker → claim → credited actors and what the claim is about.
 * Articles are not drawn; each claim's caption starts with how many articles report it.
 */
export function claimView(answers: readonly AttributedClaim[]): GraphView {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const node = (id: string, kind: string, caption: string, type?: string): void => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, caption, type: type ?? null });
  };
  const edge = (source: string, target: string, type: string): void => {
    const id = `${source}|${type}|${target}`;
    edges.set(id, { id, source, target, type, role: null });
  };
  for (const answer of answers) {
    const claimId = answer.claim.id;
    // The count first: the canvas cuts long captions at the end.
    node(
      claimId,
      'Claim',
      `${sourceCount(answer.sources.length)} · ${shortCaption(answer.text, 30)}`,
      answer.kind,
    );
    if (answer.claimant) {
      node(answer.claimant.id, 'Actor', answer.claimant.name);
      edge(answer.claimant.id, claimId, 'SAID');
    }
    for (const actor of answer.credited) {
      node(actor.id, 'Actor', actor.name);
      edge(claimId, actor.id, 'CREDITS');
    }
    for (const event of answer.aboutEvents) {
      node(event.id, 'Event', event.date ? `${event.label} (${event.date})` : event.label);
      edge(claimId, event.id, 'ABOUT');
    }
    for (const actor of answer.aboutActors) {
      node(actor.id, 'Actor', actor.name);
      edge(claimId, actor.id, 'ABOUT');
    }
    for (const place of answer.aboutPlaces) {
      node(place.id, 'Place', place.name);
      edge(claimId, place.id, 'ABOUT');
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
