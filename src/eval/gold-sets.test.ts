import { describe, expect, it } from 'vitest';
import type { SourceItem } from '../pipeline/source/index.js';
import { sampleGold } from '../../tests/fixtures/eval-graph.js';
import { loadGoldSet, type GoldSetSpec } from './gold-sets.js';

const spec: GoldSetSpec = { name: 'dev', dir: '/gold/dev', articleDir: '/seeds', heldOut: false };

function deps(files: Record<string, string>) {
  return {
    corpusDir: '/corpus',
    readDir: (dir: string) => {
      const names = Object.keys(files)
        .filter((f) => f.startsWith(`${dir}/`))
        .map((f) => f.slice(dir.length + 1));
      return names.length === 0 ? Promise.reject(new Error('ENOENT')) : Promise.resolve(names);
    },
    readFile: (file: string) => Promise.resolve(files[file] ?? ''),
    readSources: async function* (paths: string[]): AsyncGenerator<SourceItem> {
      for (const file of await Promise.resolve(paths)) {
        const text = 'ISIS destroyed the Temple of Bel. Syrian forces recaptured Palmyra.';
        yield {
          ok: true,
          file,
          warnings: [],
          article: { id: 'a', title: 'T', text, contentHash: 'h', sourceFile: file },
        };
      }
    },
  };
}

describe('loadGoldSet', () => {
  it('scores valid files, skips an invalid one with its problems, and warns of unknown fields', async () => {
    const good = { ...sampleGold(), extra: 1 };
    const bad = { ...sampleGold(), actors: 'none' };
    const set = await loadGoldSet(
      spec,
      deps({
        '/gold/dev/a.json': JSON.stringify(good),
        '/gold/dev/b.json': JSON.stringify(bad),
        '/gold/dev/notes.txt': '',
      }),
    );
    expect(set.pairs.map((p) => p.gold.article)).toEqual(['a1.txt']);
    expect(set.skipped.map((s) => s.file)).toEqual(['/gold/dev/b.json']);
    expect(set.skipped[0]?.reason).toContain('"actors" must be an array');
    expect(set.warnings).toContainEqual(expect.stringContaining('unknown field "extra"'));
  });

  it('warns of required gold strings not in the article text after the source stage', async () => {
    const set = await loadGoldSet(spec, deps({ '/gold/dev/a.json': JSON.stringify(sampleGold()) }));
    expect(set.warnings).toContainEqual(expect.stringContaining('"Assad" does not occur'));
  });

  it('reports a folder that does not exist as an empty set', async () => {
    const set = await loadGoldSet({ ...spec, dir: '/gold/none' }, deps({}));
    expect(set.pairs).toEqual([]);
    expect(set.empty).toBe('/gold/none does not exist');
  });
});
