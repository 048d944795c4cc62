import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { waitUntilReady } from './wait-until-ready.js';

const never = () => Promise.resolve(false);
const fail = (what: string) => () => new Error(what);

describe('waitUntilReady', () => {
  it('resolves once the probe answers', async () => {
    const child = spawn('sleep', ['30']);
    let probes = 0;
    try {
      await waitUntilReady(child, {
        ready: () => Promise.resolve((probes += 1) === 3),
        timeoutMs: 60_000,
        pollMs: 1,
        onExit: () => Promise.resolve(new Error('exited')),
        onTimeout: fail('timeout'),
      });
      expect(probes).toBe(3);
    } finally {
      child.kill();
    }
  });

  it('fails with the caller’s exit error, given the exit code, when the server dies first', async () => {
    const child = spawn('sh', ['-c', 'exit 7']);
    await expect(
      waitUntilReady(child, {
        ready: never,
        timeoutMs: 60_000,
        pollMs: 5,
        onExit: (code) => Promise.resolve(new Error(`exited with ${code}`)),
        onTimeout: fail('timeout'),
      }),
    ).rejects.toThrow('exited with 7');
  });

  it('fails with the caller’s timeout error when the server never answers', async () => {
    const child = spawn('sleep', ['30']);
    try {
      await expect(
        waitUntilReady(child, {
          ready: never,
          timeoutMs: 20,
          pollMs: 5,
          onExit: () => Promise.resolve(new Error('exited')),
          onTimeout: fail('did not answer'),
        }),
      ).rejects.toThrow('did not answer');
    } finally {
      child.kill();
    }
  });
});
