import http from 'node:http';
import { coreNlpProperties, type NlpClient } from '../src/nlp/index.js';

/** One request as the backbone sent it: the text (one sentence per line) and the annotators asked for. */
export interface SentRequest {
  text: string;
  annotators: string;
}

/** Wraps a client so that every request it sends is also appended to `sent`, for a raw replay. */
export function recordingClient(client: NlpClient, sent: SentRequest[]): NlpClient {
  return {
    ...client,
    annotate: (text, options) => {
      sent.push({ text, annotators: options?.annotators ?? client.annotators });
      return client.annotate(text, options);
    },
  };
}

/**
 * Sends the requests straight to one CoreNLP server, `concurrency` at a time, with the properties the
 * client sends, reading the answers and dropping them: CoreNLP's own speed on that work, its limit.
 */
export async function replayRequests(
  url: string,
  requests: SentRequest[],
  concurrency: number,
): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const query = (annotators: string) =>
    encodeURIComponent(JSON.stringify(coreNlpProperties(annotators, 60_000)));
  const target = new URL(url);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const sent = requests[next++] as SentRequest;
      const body = Buffer.from(sent.text, 'utf8');
      await new Promise<void>((resolve, reject) => {
        const request = http.request(
          {
            hostname: target.hostname,
            port: target.port,
            path: `/?properties=${query(sent.annotators)}`,
            method: 'POST',
            agent,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length },
          },
          (response) => {
            response.resume();
            response.on('end', resolve);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
}
