import type { TriggerCues } from './trigger-types.js';

/**
 * The cue words of a trigger reading as written in the data ('election', 'world cup', '<score>'),
 * compiled: single words, multi-word phrases, and the placeholders `<score>`, `<money>`,
 * `<percent>` and `<actor>`. No cues: undefined (the reading needs none).
 */
export function compileCues(cues: string[] | undefined): TriggerCues | undefined {
  if (!cues || cues.length === 0) return undefined;
  const words = new Set<string>();
  const phrases: string[][] = [];
  let score = false;
  let money = false;
  let percent = false;
  let actor = false;
  for (const cue of cues) {
    if (cue === '<score>') score = true;
    else if (cue === '<money>') money = true;
    else if (cue === '<percent>') percent = true;
    else if (cue === '<actor>') actor = true;
    else if (cue.includes(' ')) phrases.push(cue.toLowerCase().split(' '));
    else words.add(cue.toLowerCase());
  }
  return { words, phrases, score, money, percent, actor };
}
