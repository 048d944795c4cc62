/**
 * Runs `cleanup` once when the process is asked to stop (Ctrl-C, SIGTERM, SIGHUP), then exits.
 * A second Ctrl-C while cleaning up exits at once.
 */
export function onShutdown(cleanup: () => Promise<void>, log: (line: string) => void = console.error): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting without waiting.`);
      process.exit(130);
    }
    stopping = true;
    log(`\n${signal}: shutting down…`);
    cleanup().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler);
}
