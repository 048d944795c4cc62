import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';

/**
 * Returns the instance's password, generating one on first use. The file is readable by its owner only.
 */
export async function ensurePassword(file: string): Promise<{ password: string; created: boolean }> {
  try {
    const password = (await readFile(file, 'utf8')).trim();
    await chmod(file, 0o600);
    if (password) return { password, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { password, created: true };
}
