import { describe, expect, it } from 'vitest';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';

describe('light verb: the subject of a reporting verb owns the noun after it', () => {
  it("reads through a percentage between the verb and the noun ('reporting an 11% rise in pre-tax profits')", () => {
    const ctx = fixtureContext(
      'It was a quiet week. Nothing else happened. Shares fell despite Acme reporting an 11% rise in pre-tax profits for 2004.',
      [{ id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] }],
    );
    const results = extractEvents(ctx).events.filter((e) => e.type === 'FINANCIAL_RESULTS');
    expect(results.flatMap((e) => e.participants.map((p) => `${p.role}:${p.actorId}`))).toContain(
      'AGENT:act_acme',
    );
  });
});
