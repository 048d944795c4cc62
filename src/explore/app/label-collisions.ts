/** An axis-aligned box in model coordinates, as Cytoscape's `boundingBox()` gives it. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One node's caption: its box and how much it matters (higher is kept first). */
export interface LabelCandidate {
  id: string;
  box: Box;
  priority: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Label collision control: keeps the captions that overlap no caption kept before them, most important
 * first (ties broken by id, so the choice is stable). The others are hidden until hovered or selected.
 */
export function chooseLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const kept: LabelCandidate[] = [];
  for (const candidate of ordered) {
    if (kept.every((other) => !boxesOverlap(candidate.box, other.box))) kept.push(candidate);
  }
  return new Set(kept.map((candidate) => candidate.id));
}
