/** What the status line writes to: the `#status` element and the page body (for `aria-busy`). */
export interface StatusElements {
  status: Pick<HTMLElement, 'textContent' | 'dataset'>;
  body: Pick<HTMLElement, 'setAttribute' | 'removeAttribute'>;
}

/** The page's status line, and the runner that wraps every API call in a message. */
export interface StatusLine {
  /** Shows a message; `error` marks it so that a later success does not clear it. */
  say: (message: string, kind?: 'info' | 'error') => void;
  /** Runs one API call with a status message; errors are shown, never thrown at the user. */
  task: <T>(message: string, run: () => Promise<T>) => Promise<T | undefined>;
}

/** The status line over `elements`: the page is `aria-busy` while any task runs. */
export function createStatusLine({ status, body }: StatusElements): StatusLine {
  let busy = 0;
  const say = (message: string, kind: 'info' | 'error' = 'info'): void => {
    status.textContent = message;
    status.dataset.kind = kind;
  };
  async function task<T>(message: string, run: () => Promise<T>): Promise<T | undefined> {
    busy += 1;
    body.setAttribute('aria-busy', 'true');
    say(message);
    try {
      const value = await run();
      if (status.dataset.kind !== 'error') say('');
      return value;
    } catch (error) {
      say(`${error instanceof Error ? error.message : String(error)}`, 'error');
      return undefined;
    } finally {
      busy -= 1;
      if (busy === 0) body.removeAttribute('aria-busy');
    }
  }
  return { say, task };
}
