import { decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { mintToken } from './mint-token.js';

const secret = 'a-test-secret-that-is-long-enough';

describe('mintToken', () => {
  it('signs an HS256 token the server secret verifies', async () => {
    const token = await mintToken({ secret, subject: 'editor', expiresIn: '1h' });
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret));
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload.sub).toBe('editor');
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('makes tokens another secret rejects', async () => {
    const token = await mintToken({ secret, subject: 'editor', expiresIn: '1h' });
    await expect(jwtVerify(token, new TextEncoder().encode('another-secret'))).rejects.toThrow();
    expect(decodeJwt(token).sub).toBe('editor');
  });

  it.each([[''], ['soon']])(
    'refuses an expiry of %j or an empty secret with CONFIG_INVALID',
    async (expiresIn) => {
      await expect(mintToken({ secret, subject: 'x', expiresIn })).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
      });
      await expect(mintToken({ secret: '', subject: 'x', expiresIn: '1h' })).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
      });
    },
  );
});
