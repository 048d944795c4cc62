import { describe, expect, it } from 'vitest';
import { runToEnd } from './run-to-end.js';

const errors = {
  cannotRun: (cause: Error) => new Error(`cannot run: ${(cause as NodeJS.ErrnoException).code}`),
  failed: (code: number | null, output: string) => new Error(`exit ${code}: ${output.trim()}`),
};

describe('runToEnd', () => {
  it('resolves when the tool exits with 0, logging nothing', async () => {
    const logged: string[] = [];
    await runToEnd('sh', ['-c', 'echo fine'], { ...errors, log: (line) => logged.push(line) });
    expect(logged).toEqual([]);
  });

  it('fails with the exit code and the end of the output, which it also logs', async () => {
    const logged: string[] = [];
    const run = runToEnd('sh', ['-c', 'echo downloading; echo "no route to host" >&2; exit 3'], {
      ...errors,
      log: (line) => logged.push(line),
    });
    await expect(run).rejects.toThrow(/^exit 3: downloading\nno route to host$/);
    expect(logged.join('')).toContain('no route to host');
  });

  it('keeps only the last few kilobytes of a long output', async () => {
    let kept = '';
    const run = runToEnd('sh', ['-c', 'head -c 20000 /dev/zero | tr "\\0" x; echo END; exit 1'], {
      ...errors,
      log: (line) => (kept = line),
    });
    await expect(run).rejects.toThrow();
    expect(kept.length).toBe(4000);
    expect(kept.endsWith('END\n')).toBe(true);
  });

  it('fails with the caller’s error when the tool is not installed', async () => {
    await expect(runToEnd('no-such-tool-here', [], { ...errors, log: () => undefined })).rejects.toThrow(
      'cannot run: ENOENT',
    );
  });
});
