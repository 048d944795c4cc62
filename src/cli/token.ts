import { parseArgs } from 'node:util';
import { AppError } from '../errors.js';
import { mintToken } from '../serve/mint-token.js';
import { reportError } from './report-error.js';

const HELP = `Usage: JWT_SECRET=… npm run token -- [--sub <name>] [--expires <duration>]

Prints a JWT (HS256, signed with JWT_SECRET) that lets its bearer run the GraphQL API's mutations.
Start the server with the same JWT_SECRET, then send the header  Authorization: Bearer <token>.

Options:
  --sub <name>          who the token is for (default: admin)
  --expires <duration>  how long it is valid: 30m, 1h, 7d (default: 1h)
  --help                show this help`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sub: { type: 'string' }, expires: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const secret = process.env.JWT_SECRET;
  if (secret === undefined || secret === '') {
    throw new AppError(
      'CONFIG_INVALID',
      'JWT_SECRET is not set; run JWT_SECRET=<the server secret> npm run token.',
    );
  }
  console.log(await mintToken({ secret, subject: values.sub ?? 'admin', expiresIn: values.expires ?? '1h' }));
}

main().catch((error: unknown) => process.exit(reportError(error)));
