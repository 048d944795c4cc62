import { describe, expect, it } from 'vitest';
import { hidePaths } from './hide-paths.js';

const ROOT = '/srv/app';

describe('hidePaths', () => {
  it.each([
    ['a project file', 'at f (/srv/app/src/serve/x.ts:3:9)', 'at f (./src/serve/x.ts:3:9)'],
    [
      'a file URL of the project',
      'file:///srv/app/node_modules/graphql/index.js',
      './node_modules/graphql/index.js',
    ],
    ['a path outside the project', 'ENOENT: open /home/user/corpus/tech/001.txt', 'ENOENT: open …/001.txt'],
    [
      'a web URL (kept)',
      'see https://news.example/a/b for details',
      'see https://news.example/a/b for details',
    ],
    ['a relative path (kept)', 'read tech/001.txt', 'read tech/001.txt'],
  ])('rewrites %s', (_what, text, expected) => {
    expect(hidePaths(text, ROOT)).toBe(expected);
  });
});
