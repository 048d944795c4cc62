import { spawn } from 'node:child_process';

/** True when `name` can be run from PATH (checked with `command -v`). */
export function commandExists(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', `command -v "$1" >/dev/null 2>&1`, 'sh', name], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
