import { describe, expect, it } from 'vitest';
import { strictSecurityHeaders } from './security-headers.js';

describe('strictSecurityHeaders', () => {
  const headers = new Map(strictSecurityHeaders().map(([name, value]) => [name.toLowerCase(), value]));

  it.each([
    [
      'content-security-policy',
      "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';worker-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
    ],
    ['x-frame-options', 'DENY'],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'no-referrer'],
  ])('sets %s as the Express routes do', (name, value) => {
    expect(headers.get(name)).toBe(value);
  });

  it('sets no Strict-Transport-Security (the server speaks plain HTTP on localhost)', () => {
    expect(headers.has('strict-transport-security')).toBe(false);
  });
});
