import type { ChildProcess } from 'node:child_process';

/** How a server is waited for, and what each way of failing says (the caller's codes and advice). */
export interface WaitUntilReadyOptions {
  /** One probe: resolves true once the server answers. */
  ready: () => Promise<boolean>;
  timeoutMs: number;
  /** The error when the server exits before it answers (it may read the server's log). */
  onExit: (code: number | null) => Promise<Error>;
  /** The error when the server has not answered within `timeoutMs`. */
  onTimeout: () => Error;
  pollMs?: number;
}

/** Waits until a started server answers, the child exits, or the timeout passes. */
export async function waitUntilReady(child: ChildProcess, options: WaitUntilReadyOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) throw await options.onExit(exited);
    if (await options.ready()) return;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
  throw options.onTimeout();
}
