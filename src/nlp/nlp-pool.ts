import { AppError } from '../errors.js';
import { failureOf, type AnnotateOptions, type NlpClient } from './corenlp-client.js';
import type { CoreNlpDocument } from './corenlp-json.js';

interface Slot {
  client: NlpClient;
  busy: number;
  /** Until when this server is skipped after it could not be reached (ms since epoch). */
  downUntil: number;
}

interface Job {
  text: string;
  options: AnnotateOptions;
  tried: Set<Slot>;
  resolve: (doc: CoreNlpDocument) => void;
  reject: (error: unknown) => void;
}

/**
 * Spreads requests over several CoreNLP servers (or one server's threads): at most `concurrency`
 * requests in flight per server, waiting ones queued in order. A server that cannot be reached is skipped
 * for `downMs` and its request goes to another; when none is left the request fails as `unreachable`.
 */
export function createNlpPool(
  clients: NlpClient[],
  options: { concurrency: number; downMs?: number; now?: () => number },
): NlpClient {
  if (clients.length === 0) {
    throw new AppError('CONFIG_INVALID', 'A CoreNLP pool needs at least one server; set CORENLP_URL.');
  }
  const now = options.now ?? Date.now;
  const downMs = options.downMs ?? 30_000;
  const slots: Slot[] = clients.map((client) => ({ client, busy: 0, downUntil: 0 }));
  const queue: Job[] = [];

  const pick = (job: Job): Slot | undefined => {
    let best: Slot | undefined;
    for (const slot of slots) {
      if (job.tried.has(slot) || slot.downUntil > now() || slot.busy >= options.concurrency) continue;
      if (!best || slot.busy < best.busy) best = slot;
    }
    return best;
  };
  /** True when no server is left that this job could still be sent to, now or later. */
  const exhausted = (job: Job): boolean =>
    slots.every((slot) => job.tried.has(slot) || slot.downUntil > now());

  const pump = (): void => {
    for (let i = 0; i < queue.length;) {
      const job = queue[i] as Job;
      if (exhausted(job)) {
        queue.splice(i, 1);
        job.reject(
          new AppError(
            'NLP_UNAVAILABLE',
            `No CoreNLP server answered (${clients.flatMap((c) => c.urls).join(', ')}). Check CORENLP_URL, or use --extractor rules.`,
            { details: { failure: 'unreachable' } },
          ),
        );
        continue;
      }
      const slot = pick(job);
      if (!slot) {
        i += 1;
        continue;
      }
      queue.splice(i, 1);
      slot.busy += 1;
      job.tried.add(slot);
      slot.client
        .annotate(job.text, job.options)
        .then(job.resolve, (error: unknown) => {
          if (failureOf(error) === 'unreachable') {
            slot.downUntil = now() + downMs;
            queue.unshift(job);
          } else {
            job.reject(error);
          }
        })
        .finally(() => {
          slot.busy -= 1;
          pump();
        });
    }
  };

  return {
    urls: clients.flatMap((c) => c.urls),
    annotators: clients[0]?.annotators ?? '',
    annotate: (text, call = {}) =>
      new Promise<CoreNlpDocument>((resolve, reject) => {
        queue.push({ text, options: call, tried: new Set(), resolve, reject });
        pump();
      }),
    close: () => {
      for (const c of clients) c.close();
    },
  };
}
