import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of the explorer and of every API response: scripts, styles, fonts and requests only
 * from this server (the explorer's bundled files and /graphql), images also as `data:` URLs, no plugins, no
 * framing, forms only to this server. A `javascript:` link that reached the page would not run.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every response (helmet): the CSP above, `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`, and helmet's other defaults. `landingPage` names
 * requests answered by Apollo Sandbox (GET /graphql in development); they get the same headers except the CSP,
 * because the Sandbox page carries its own (a `<meta>` CSP with a fresh nonce for its scripts).
 */
export function securityHeaders(landingPage: (path: string, method: string) => boolean): RequestHandler {
  const strict = helmet({ ...COMMON, contentSecurityPolicy: STRICT_CSP });
  const sandbox = helmet({ ...COMMON, contentSecurityPolicy: false });
  return (req, res, next) => (landingPage(req.path, req.method) ? sandbox : strict)(req, res, next);
}

const COMMON = {
  referrerPolicy: { policy: 'no-referrer' as const },
  frameguard: { action: 'deny' as const },
  strictTransportSecurity: false,
};
const STRICT_CSP = { useDefaults: false, directives: CONTENT_SECURITY_POLICY };

/**
 * The headers {@link securityHeaders} sets on every response but Sandbox pages, as name and value in the
 * order helmet sets them: taken once from helmet, for a route that writes them itself. None of them depends
 * on the request.
 */
export function strictSecurityHeaders(): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers.push([name, String(value)]);
    },
    removeHeader() {},
  };
  helmet({ ...COMMON, contentSecurityPolicy: STRICT_CSP })(
    {} as Request,
    recorder as unknown as Response,
    () => undefined,
  );
  return headers;
}
