/**
 * Field readers for the gold loader: each reads one field of a JSON object, and records a problem
 * (instead of throwing) when the field is missing or malformed, so one run lists every problem.
 */

export type Json = Record<string, unknown>;

/** Collects every problem in a gold file, so one run reports them all. */
export class Problems {
  readonly list: string[] = [];

  /** Records `where: message`. */
  add(where: string, message: string): void {
    this.list.push(`${where}: ${message}`);
  }
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A required non-empty string; `''` (and a problem) when it is missing. */
export function str(obj: Json, key: string, where: string, problems: Problems): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(where, `"${key}" must be a non-empty string`);
    return '';
  }
  return value;
}

/** An optional string. */
export function optStr(obj: Json, key: string, where: string, problems: Problems): string | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    problems.add(where, `"${key}" must be a string when present`);
    return undefined;
  }
  return value;
}

/** An array of non-empty strings; `[]` when it is absent and not required. */
export function strList(
  obj: Json,
  key: string,
  where: string,
  problems: Problems,
  required: boolean,
): string[] {
  const value = obj[key];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    problems.add(where, `"${key}" must be an array of non-empty strings`);
    return [];
  }
  return value as string[];
}

/** An optional boolean. */
export function optBool(obj: Json, key: string, where: string, problems: Problems): boolean | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    problems.add(where, `"${key}" must be true or false`);
    return undefined;
  }
  return value;
}

/** The value itself, with a problem when it is not one of `allowed`. */
export function oneOf<T extends string>(
  value: string,
  allowed: readonly string[],
  key: string,
  where: string,
  problems: Problems,
): T {
  if (!allowed.includes(value))
    problems.add(where, `"${key}" is "${value}", expected one of ${allowed.join(', ')}`);
  return value as T;
}

/** The objects of an array field (a non-object entry is a problem and reads as `{}`). */
export function items(obj: Json, key: string, problems: Problems): Json[] {
  const value = obj[key];
  if (!Array.isArray(value)) {
    problems.add('(top level)', `"${key}" must be an array`);
    return [];
  }
  return value.map((item, index) => {
    if (!isObject(item)) problems.add(`${key}[${index}]`, 'must be an object');
    return isObject(item) ? item : {};
  });
}

/** `actors[3] "Tony Blair"`, or `actors[3]` when the name is missing. */
export function label(kind: string, index: number, name: string): string {
  return name === '' ? `${kind}[${index}]` : `${kind}[${index}] "${name}"`;
}

/** Keys of `obj` that are not in `known`, as "unknown field" messages (typos such as "centrl"). */
export function unknownKeys(obj: Json, known: readonly string[], where: string): string[] {
  return Object.keys(obj)
    .filter((key) => !known.includes(key))
    .map((key) => `${where}: unknown field "${key}" (known: ${known.join(', ')})`);
}
