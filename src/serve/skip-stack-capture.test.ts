import { describe, expect, it } from 'vitest';
import { skipStackCapture } from './skip-stack-capture.js';

describe('skipStackCapture', () => {
  it('captures no stack frames for errors made while the call starts', () => {
    const made = skipStackCapture(() => new Error('inside'));
    expect(made.stack?.split('\n')).toEqual(['Error: inside']);
  });

  it('gives back what the call returns', () => {
    expect(skipStackCapture(() => 42)).toBe(42);
  });

  it('restores the stack trace limit after the call, also when it throws', () => {
    const before = Error.stackTraceLimit;
    skipStackCapture(() => undefined);
    expect(Error.stackTraceLimit).toBe(before);
    expect(() =>
      skipStackCapture(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(1);
  });
});
