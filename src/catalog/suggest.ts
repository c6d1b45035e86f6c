/** "Did you mean …" for codes that are almost codes: 4211, 5.1.11, 55O. */
import { allEntries } from './lookup.js';

/** Letters people type for digits. */
const LOOKALIKE: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };

/** Edit distance where swapping two neighbouring characters (5.7.62 for 5.7.26) costs one edit. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

let known: string[] | undefined;

/** Up to `limit` known codes closest to what was typed, best first. */
export function suggest(typed: string, limit = 3): string[] {
  known ??= [...new Set(allEntries().map((e) => e.code))];
  const cleaned = typed.trim().replace(/[OoIl]/g, (c) => LOOKALIKE[c] ?? c);
  const scored: { code: string; d: number }[] = [];
  for (const code of known) {
    const d = code === cleaned && cleaned !== typed ? 0 : editDistance(cleaned, code);
    if (d <= 2) scored.push({ code, d });
  }
  const sameShape = (code: string) => (code.includes('.') === cleaned.includes('.') ? 0 : 1);
  const sameFirst = (code: string) => (code[0] === cleaned[0] ? 0 : 1);
  scored.sort((x, y) => x.d - y.d || sameShape(x.code) - sameShape(y.code) || sameFirst(x.code) - sameFirst(y.code) || x.code.localeCompare(y.code));
  const best = scored[0]?.d ?? 3;
  return scored.filter((s) => s.d <= best + 1).slice(0, limit).map((s) => s.code);
}

/** Registered codes one edit away from `code`: a hint that an unregistered code is a typo. */
export function oneEditAway(code: string): string[] {
  known ??= [...new Set(allEntries().map((e) => e.code))];
  return known.filter((k) => k !== code && editDistance(code, k) === 1);
}
