import { vi } from 'vitest';

/**
 * Runs `body` while catching what the server writes with `console.error`: a production server logs the
 * original of every failure it hides from the client, and a test that provokes such failures on purpose
 * checks that log instead of printing it. Anything else written stays caught too, so the test can see it.
 */
export async function withServerLog<T>(body: () => Promise<T>): Promise<{ value: T; logged: unknown[] }> {
  const logged: unknown[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(...args);
  });
  try {
    return { value: await body(), logged };
  } finally {
    spy.mockRestore();
  }
}

/** The `code` of a logged error (AppError and Neo4jError both carry one), or undefined. */
export function codeOf(logged: unknown): unknown {
  return typeof logged === 'object' && logged !== null ? (logged as { code?: unknown }).code : undefined;
}
