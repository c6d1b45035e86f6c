/**
 * Character-code tests for the hand-written scanners on the hot paths (a pattern would allocate a
 * match per line or be tried at every offset). Each says which pattern class it stands for.
 */

/** What `\s` matches in a JavaScript regular expression. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 160 && (c === 160 || c === 5760 || (c >= 8192 && c <= 8202) ||
    c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279));
}

/** `[A-Za-z]` */
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
