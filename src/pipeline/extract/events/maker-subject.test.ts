import { describe, expect, it } from 'vitest';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: readonly FixtureEntity[] = [
  ...WITH_ACME_HOLDINGS,
  { id: 'act_zapbox', name: 'ZapBox', kind: 'ACTOR', type: 'COMPANY', surfaces: ['ZapBox'] },
];

function agents(text: string): string[][] {
  return runClaims(text, 'art_maker', ENTITIES).events.map((e) =>
    e.participants.filter((p) => p.role === 'AGENT').map((p) => p.actorId),
  );
}

describe('makerSubject', () => {
  it.each([
    ["The latest gadget, Acme's ZapBox, goes on sale in Westland on Thursday.", 'act_acme'],
    ['The ZapBox goes on sale in Westland on Thursday.', 'act_zapbox'],
  ])('gives a launch to the owner named with the thing launched: %s', (text, agent) => {
    expect(agents(text)).toEqual([[agent]]);
  });

  it("keeps a person named with an owner as the one who acts ('Acme's Ada Vance launched')", () => {
    expect(agents("Acme's Ada Vance launched the ZapBox phone in Westland.")).toEqual([['act_ada_vance']]);
  });
});
