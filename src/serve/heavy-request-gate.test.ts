import { describe, expect, it } from 'vitest';
import { createHeavyRequestGate } from './heavy-request-gate.js';

describe('createHeavyRequestGate', () => {
  it('admits up to max at once and the next one when a place frees up', async () => {
    const gate = createHeavyRequestGate(2, 10_000);
    const first = await gate.enter();
    const second = await gate.enter();
    expect(gate.running).toBe(2);
    const third = gate.enter();
    first?.();
    expect(await third).toBeTypeOf('function');
    expect(gate.running).toBe(2);
    second?.();
    (await third)?.();
    expect(gate.running).toBe(0);
  });

  it('turns a request away when no place frees up in time', async () => {
    const gate = createHeavyRequestGate(1, 10);
    const held = await gate.enter();
    expect(await gate.enter()).toBeUndefined();
    held?.();
    expect(gate.running).toBe(0);
  });

  it('counts a release once, however often it is called', async () => {
    const gate = createHeavyRequestGate(1, 10);
    const release = await gate.enter();
    release?.();
    release?.();
    expect(gate.running).toBe(0);
    expect(await gate.enter()).toBeTypeOf('function');
  });
});
