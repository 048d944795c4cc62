import { readFile } from 'node:fs/promises';

/** The last `count` lines of a text file (a server's log), or '' when it cannot be read. */
export async function lastLines(file: string, count: number): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}
