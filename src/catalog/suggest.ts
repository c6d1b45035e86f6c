/** "Did you mean …" for codes that are almost codes: 4211, 5.1.11, 55O. */
import { allEntries } from './lookup.js';

/** Letters people type for digits. */
const LOOKALIKE: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
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
