import { SignJWT } from 'jose';
import { AppError } from '../errors.js';

export interface MintTokenOptions {
  /** The HS256 secret the server was started with (JWT_SECRET). */
  secret: string;
  /** Who the token is for (`sub`). */
  subject: string;
  /** How long it is valid, in jose's words: `1h`, `30m`, `7d`. */
  expiresIn: string;
}

/** Signs a JWT that lets its bearer run the API's generated mutations. */
export async function mintToken(options: MintTokenOptions): Promise<string> {
  if (options.secret === '') {
    throw new AppError(
      'CONFIG_INVALID',
      'JWT_SECRET is empty; set it to the secret the server was started with.',
    );
  }
  try {
    return await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(options.subject)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn)
      .sign(new TextEncoder().encode(options.secret));
  } catch (cause) {
    throw new AppError(
      'CONFIG_INVALID',
      `Cannot make a token expiring in "${options.expiresIn}"; use a duration like 30m, 1h or 7d.`,
      { cause },
    );
  }
}
