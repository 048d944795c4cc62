import cliProgress from 'cli-progress';

/** A progress display for long runs: a bar on a terminal, nothing when output is piped (CI, logs). */
export interface Progress {
  update(done: number, rejected: number): void;
  stop(): void;
}

/** Shows articles done of the total, the rate, and the time left, on stderr. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 20) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        'ingest |{bar}| {value}/{total} articles | {rate}/s | {rejected} rejected | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total, 0, { rate: '0', rejected: 0 });
  return {
    update(done, rejected) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(Math.min(done, total), { rate: seconds > 0 ? (done / seconds).toFixed(0) : '0', rejected });
    },
    stop: () => bar.stop(),
  };
}
