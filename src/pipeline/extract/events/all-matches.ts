/**
 * Every match of a global regular expression in `text`, in order: what `text.matchAll(pattern)` gives, without
 * the copy of the expression that `matchAll` makes on each call (for a large alternation the copy costs more
 * than the search). Searches from the start of `text` and leaves `pattern.lastIndex` at 0; an empty match
 * moves on by one character (one code point with the `u` flag), as `matchAll` does.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, got ${String(pattern)}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') {
      const at = pattern.lastIndex;
      const wide = pattern.unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
  }
  pattern.lastIndex = 0;
  return found;
}
