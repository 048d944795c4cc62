import connectors from '../../../../knowledge/data/typing-connectors.json' with { type: 'json' };
import { CONFIDENCE } from '../confidence.js';
import { draft } from '../span-tokens.js';
import type { SpanRule } from '../span-types.js';

const IRREGULAR_PARTICIPLES = new Set(connectors.irregularParticiples);
const SEAT_PARTICIPLES = new Set(connectors.seatParticiples);
/** The hyphenated compound adjective: "Oscar-nominated", "Eighth-seeded", "US-based", "award-winning". */
const COMPOUND = /^[\p{L}\d][\p{L}\d'’.]*(?:-[\p{L}\d]+)*-(\p{Ll}+)$/u;
/** Regular participles: "-nominated", "-seeded", "-winning"; five letters at least ("Chang-ting" is a name). */
const REGULAR_PARTICIPLE = /^\p{Ll}{3,}(?:ed|ing)$/u;

/**
 * A hyphenated participle compound before a name describes it and is no part of it: "Oscar-nominated
 * Clive Owen", "Eighth-seeded Andre Agassi", "US-based Amazon.com", "Oxford-based Natural Motion"
 * (English compound adjectives, noun + past or present participle; Quirk et al. 1985, appendix I).
 * The rest is typed on its own, with the compound as a person's title; a state or place named in the
 * compound ("US-based") keeps its own mention. A name no rule types after a seat participle
 * ("Oxford-based Natural Motion", "Cambridge-based Ubisense") is a firm's: "-based" and
 * "-headquartered" tell where a business sits.
 */
export const participleLead: SpanRule = {
  name: 'participle-lead',
  apply({ ctx, tokens, from, to, analyse }) {
    if (to - from < 2) return undefined;
    const lead = tokens[from]!;
    const tail = COMPOUND.exec(lead.text)?.[1];
    if (tail === undefined || !(REGULAR_PARTICIPLE.test(tail) || IRREGULAR_PARTICIPLES.has(tail)))
      return undefined;
    const analysed = analyse({ from: from + 1, to, continuation: true });
    const seat =
      SEAT_PARTICIPLES.has(tail) && analysed.mentions.length === 0 && analysed.pending.length === 0;
    const firm = draft(ctx, tokens, from + 1, to, {
      kind: 'ACTOR',
      type: 'COMPANY',
      titles: [],
      confidence: CONFIDENCE.descriptor,
      cue: 'seat-participle',
    });
    const rest = seat ? { mentions: [firm], pending: [] } : analysed;
    const start = tokens[from + 1]!.start;
    const described = rest.mentions.map((m) =>
      m.kind === 'ACTOR' && m.type === 'PERSON' && m.start === start
        ? { ...m, titles: [lead.text, ...m.titles] }
        : m,
    );
    const inCompound = analyse({ from, to: from + 1 }).mentions.filter(
      (m) => m.cue === 'hyphen-modifier' || m.cue === 'hyphen-place',
    );
    return { ...rest, mentions: [...inCompound, ...described] };
  },
};
