import type { EventType } from '../../../domain.js';
import { EVENT_KINDS } from '../../../knowledge/event-ontology.js';
import labelData from '../../../knowledge/data/event-labels.json' with { type: 'json' };

/** What a caption template may name (see `data/event-labels.json`). */
export interface LabelSlots {
  agent: string[];
  target: string[];
  victim: string[];
  place?: string;
  trigger?: string;
}

const TEMPLATES = labelData.templates as Record<string, string[] | undefined>;

function fill(template: string, slots: LabelSlots, label: string): string | undefined {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'agent':
      case 'target':
      case 'victim': {
        const names = slots[name];
        if (names.length === 0) missing = true;
        return names.join(' and ');
      }
      case 'place':
        if (!slots.place) missing = true;
        return slots.place ?? '';
      case 'trigger': {
        const t = slots.trigger?.trim();
        if (!t) missing = true;
        return t ? t.charAt(0).toUpperCase() + t.slice(1).toLowerCase() : '';
      }
      case 'label':
        return label;
      default:
        missing = true;
        return '';
    }
  });
  return missing ? undefined : out;
}

/**
 * The caption of a news-kind event: the first template of its kind (else the default list) whose
 * slots are all known ('Chelsea v Arsenal', 'Arrest of John Smith', 'Earthquake in Japan').
 */
export function newsLabel(type: EventType, slots: LabelSlots): string {
  const label = EVENT_KINDS.get(type)?.label ?? type;
  for (const template of [...(TEMPLATES[type] ?? []), ...labelData.default]) {
    const caption = fill(template, slots, label);
    if (caption !== undefined) return caption;
  }
  return label;
}
