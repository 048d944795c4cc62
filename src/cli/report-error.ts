import { toAppError } from '../errors.js';

/** Prints an error for a person (code, message, cause) and returns the exit status to use. */
export function reportError(error: unknown, log: (line: string) => void = console.error): number {
  const appError = toAppError(error);
  log(`error [${appError.code}]: ${appError.message}`);
  const cause = appError.cause;
  if (cause instanceof Error && cause.message && !appError.message.includes(cause.message)) {
    log(`  caused by: ${cause.message}`);
  }
  if (process.env.DEBUG && appError.stack) log(appError.stack);
  return appError.code === 'CONFIG_INVALID' ? 2 : 1;
}
