/**
 * The provider matcher's inner loop: every catalog match fragment found in a text in one pass.
 * Kept apart from provider.ts, which decides what a match means, because this part is only about
 * speed and must give exactly what one big case-insensitive alternation would.
 */
/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface FragmentMatch { index: number; fragment: number; length: number }

/**
 * Finds the match fragments in a text as one case-insensitive alternation of them all would, read
 * from every position in turn (fragments overlap: "…unsolicited mail originating" / "originating
 * from your DKIM domain"): at each position, the first fragment in list order that matches there.
 * V8 tries every alternative at every position, so the fragments are indexed by their first three
 * characters and only those whose start is at a position are tried there. Under the `i` flag
 * without `u`, an ASCII character matches only its ASCII case twin, so folding ASCII is exact.
 * The last few texts' matches are kept: one bounce's findings read the same text again and again.
 */
export class FragmentScanner {
  private readonly sticky: RegExp[];
  /**
   * Per fragment, the plain-ASCII text it starts with, compared with `startsWith` on the folded
   * text before any pattern runs; `whole` when that is all the fragment is.
   */
  private readonly heads: { head: string; whole: boolean }[];
  /**
   * Fragments by their first three characters (folded, as in `startKey`): `pairs` maps the first two
   * to a row of `rows` (0: no fragment starts so, where most positions stop), the row maps the third.
   */
  private readonly pairs = new Uint16Array(128 * 128);
  private readonly rows: (number[] | undefined)[][] = [[]];
  /** Fragments whose first three characters are not all plain ASCII: tried at every position. */
  private readonly anywhere: number[] = [];
  private readonly recent = new Map<string, FragmentMatch[]>();

  constructor(fragments: string[]) {
    this.sticky = fragments.map((f) => new RegExp(fragmentPattern(f), 'iy'));
    this.heads = fragments.map((f) => {
      const head = f.split('…')[0]!;
      // Only ASCII folds exactly; a head with anything else is left to the pattern.
      return isAscii(head) ? { head, whole: head === f } : { head: '', whole: false };
    });
    fragments.forEach((f, i) => {
      const key = f.length >= 3 && !f.slice(0, 3).includes('…') ? startKey(f, 0) : -1;
      if (key < 0) this.anywhere.push(i);
      else {
        if (this.pairs[key >> 7] === 0) this.pairs[key >> 7] = this.rows.push([]) - 1;
        const row = this.rows[this.pairs[key >> 7]!]!;
        (row[key & 127] ??= []).push(i);
      }
    });
    // Each position's candidates in list order, as the alternation would try them.
    for (const row of this.rows) {
      for (let c = 0; c < 128; c++) row[c] = row[c] ? [...row[c]!, ...this.anywhere].sort((a, b) => a - b) : this.anywhere;
    }
  }

  matches(text: string): FragmentMatch[] {
    const known = this.recent.get(text);
    if (known) return known;
    const out: FragmentMatch[] = [];
    const anywhere = this.anywhere;
    const pairs = this.pairs;
    const heads = this.heads;
    // ASCII capitals folded, every other character kept, so offsets stay those of `text`.
    const folded = isAscii(text) ? text.toLowerCase() : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
    for (let i = 0; i < folded.length; i++) {
      let candidates = anywhere;
      if (i + 3 <= folded.length) {
        const a = folded.charCodeAt(i);
        const b = folded.charCodeAt(i + 1);
        const row = a < 128 && b < 128 ? pairs[a * 128 + b]! : 0;
        if (row !== 0) {
          const c = folded.charCodeAt(i + 2);
          if (c < 128) candidates = this.rows[row]![c]!;
        }
      }
      if (candidates.length === 0) continue;
      for (const f of candidates) {
        const { head, whole } = heads[f]!;
        if (head && !startsAt(folded, head, i)) continue;
        if (whole) {
          out.push({ index: i, fragment: f, length: head.length });
          break;
        }
        const re = this.sticky[f]!;
        re.lastIndex = i;
        const m = re.exec(text);
        if (m) {
          out.push({ index: i, fragment: f, length: m[0].length });
          break;
        }
      }
    }
    if (this.recent.size >= 8) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(text, out);
    return out;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** `text.startsWith(head, at)`, as a loop: most candidates differ within a few characters. */
function startsAt(text: string, head: string, at: number): boolean {
  if (at + head.length > text.length) return false;
  for (let j = 0; j < head.length; j++) if (text.charCodeAt(at + j) !== head.charCodeAt(j)) return false;
  return true;
}

/** An ASCII character with its letters folded to lower case; -1 for any other character. */
function fold(c: number): number {
  return c >= 128 ? -1 : c >= 65 && c <= 90 ? c + 32 : c;
}

/** The three characters at `at`, folded, as one number; -1 if any is not ASCII. */
function startKey(s: string, at: number): number {
  const a = fold(s.charCodeAt(at));
  const b = fold(s.charCodeAt(at + 1));
  const c = fold(s.charCodeAt(at + 2));
  return a < 0 || b < 0 || c < 0 ? -1 : (a * 128 + b) * 128 + c;
}

/** A match fragment as a pattern: plain text, where "…" stands for a short stretch of one line. */
function fragmentPattern(fragment: string): string {
  return fragment.split('…').map(escapeRegExp).join('[^\\n]{1,80}?');
}
