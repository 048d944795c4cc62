import type { RequestHandler } from 'express';
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
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    frameguard: { action: 'deny' as const },
    strictTransportSecurity: false,
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: CONTENT_SECURITY_POLICY,
    },
  });
  const sandbox = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => (landingPage(req.path, req.method) ? sandbox : strict)(req, res, next);
}
