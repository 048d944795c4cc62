import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';

function labels(text: string): string[] {
  return extractEvents(fixtureContext(text, COMMON_ENTITIES)).events.map((e) => e.label);
}

describe('event captions', () => {
  it.each([
    ['Northland warplanes carried out airstrikes on Kestrel.', 'Airstrikes on Kestrel by Northland'],
    ['The Northland Army recaptured Kestrel from the Red Brigade.', 'Recapture of Kestrel'],
    ['The Red Brigade killed Omar Hale.', 'Killing of Omar Hale'],
  ])('captions %j as %j', (text, label) => {
    expect(labels(text)).toContain(label);
  });
});
