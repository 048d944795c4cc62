import { describe, expect, it } from 'vitest';
import { createStatusLine } from './status-line.js';

function fakePage() {
  const status = { textContent: '', dataset: {} as DOMStringMap };
  const attributes = new Map<string, string>();
  const body = {
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
  return { status, body, attributes };
}

describe('createStatusLine', () => {
  it('shows the message while the call runs and clears it once the call succeeds', async () => {
    const page = fakePage();
    const { task } = createStatusLine(page);
    let during = '';
    const value = await task('Loading…', () => {
      during = page.status.textContent;
      return Promise.resolve(42);
    });
    expect([during, page.status.textContent, value]).toEqual(['Loading…', '', 42]);
  });

  it('shows a failed call’s message as an error and resolves to undefined instead of throwing', async () => {
    const page = fakePage();
    const { task } = createStatusLine(page);
    const value = await task('Loading…', () => Promise.reject(new Error('The API could not be reached')));
    expect([value, page.status.textContent, page.status.dataset.kind]).toEqual([
      undefined,
      'The API could not be reached',
      'error',
    ]);
  });

  it('keeps an error that another call showed while this one ran', async () => {
    const page = fakePage();
    const { task } = createStatusLine(page);
    await task('Loading…', async () => {
      await task('Loading more…', () => Promise.reject(new Error('Nothing answered')));
      return 1;
    });
    expect([page.status.textContent, page.status.dataset.kind]).toEqual(['Nothing answered', 'error']);
  });

  it('marks the page busy until the last of several calls ends', async () => {
    const page = fakePage();
    const { task } = createStatusLine(page);
    let finishFirst: () => void = () => undefined;
    const first = task('one', () => new Promise<void>((resolve) => (finishFirst = resolve)));
    await task('two', () => Promise.resolve());
    expect(page.attributes.get('aria-busy')).toBe('true');
    finishFirst();
    await first;
    expect(page.attributes.has('aria-busy')).toBe(false);
  });
});
