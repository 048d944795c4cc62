/**
 * Runs `start` with V8's stack capture off, and gives back what it returns.
 *
 * Why: neo4j-driver records a stack trace for every query it starts (`new Result` reads `new Error('').stack`
 * at once), to put on the error should the query fail. Under tsx, source maps are on, so each such trace is
 * formatted and mapped frame by frame: a few percent of the server's CPU for every question, for a trace that
 * is dropped when the query succeeds. The API's errors carry their own stack (AppError, made where runNamed
 * catches the failure), and the driver error stays their `cause` with its code and message. Only the
 * synchronous start of the call runs without stack capture (`Error.stackTraceLimit` is restored before this
 * returns, also when `start` throws); what the returned promise does later is not affected.
 */
export function skipStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
