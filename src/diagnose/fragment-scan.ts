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

/** How many texts' matches are kept: one bounce's findings read the same few texts again and again. */
const RECENT = 8;

/**
 * Finds the match fragments in a text as one case-insensitive alternation of them all would, read
 * from every position in turn (fragments overlap: "…unsolicited mail originating" / "originating
 * from your DKIM domain"): at each position, the first fragment in list order that matches there.
 * V8 tries every alternative at every position, so the fragments are indexed by their first three
 * characters and only those whose start is at a position are tried there. Under the `i` flag
 * without `u`, an ASCII character matches only its ASCII case twin, so folding ASCII is exact.
 * The last few texts' matches are kept: one bounce's findings read the same text again and again.
 *
 * The scan runs once per character of every text, so its state lives in flat typed arrays read
 * into locals, and characters are folded as they are read rather than in a copy of the text.
 */
export class FragmentScanner {
  private readonly sticky: RegExp[];
  /**
   * Per fragment, the plain-ASCII text it starts with, compared as written with the text's ASCII
   * capitals folded before any pattern runs, so fragments come in lower case (ProviderIndex folds
   * them); '' when it starts otherwise. `whole` when that is all the fragment is.
   */
  private readonly heads: string[];
  private readonly whole: boolean[];
  /**
   * Fragments by their first three characters (folded): `pairs` maps the first two to a row of
   * `cells` (0: no fragment starts so, where most positions stop), whose entry for the third is
   * the index in `lists` of the fragments to try there, in list order. `lists[0]` is the fragments
   * whose first three characters are not all plain ASCII, tried at every position.
   */
  private readonly pairs = new Uint16Array(128 * 128);
  private readonly cells: Uint16Array;
  private readonly lists: number[][];
  /** Per list, what all its fragments' heads begin with when that is more than the key, else '': one check for them all. */
  private readonly leads: string[] = [''];
  /** A ring of the last texts and their matches: `===` on strings is cheaper than hashing a long text. */
  private readonly recentText: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
  private readonly recentMatches: FragmentMatch[][] = new Array<FragmentMatch[]>(RECENT).fill([]);
  private recentNext = 0;

  constructor(fragments: string[]) {
    this.sticky = fragments.map((f) => new RegExp(fragmentPattern(f), 'iy'));
    const heads = fragments.map((f) => f.split('…')[0]!);
    // Only ASCII folds exactly; a head with anything else is left to the pattern.
    this.heads = heads.map((h) => (isAscii(h) ? h : ''));
    this.whole = fragments.map((f, i) => this.heads[i] === f);
    const anywhere: number[] = [];
    const byKey = new Map<number, number[]>();
    fragments.forEach((f, i) => {
      const key = f.length >= 3 && !f.slice(0, 3).includes('…') ? startKey(f, 0) : -1;
      if (key < 0) anywhere.push(i);
      else byKey.set(key, [...(byKey.get(key) ?? []), i]);
    });
    this.lists = [anywhere];
    let rows = 0;
    for (const key of byKey.keys()) if (this.pairs[key >> 7] === 0) this.pairs[key >> 7] = ++rows;
    this.cells = new Uint16Array((rows + 1) * 128);
    for (const [key, list] of byKey) {
      this.cells[(this.pairs[key >> 7]! << 7) | (key & 127)] = this.lists.length;
      // Each position's candidates in list order, as the alternation would try them.
      this.lists.push([...list, ...anywhere].sort((a, b) => a - b));
      let lead = anywhere.length === 0 ? this.heads[list[0]!]! : '';
      for (const f of list) while (!this.heads[f]!.startsWith(lead)) lead = lead.slice(0, -1);
      this.leads.push(lead.length > 3 ? lead : '');
    }
  }

  matches(text: string): FragmentMatch[] {
    const cached = this.recentText.indexOf(text);
    if (cached >= 0) return this.recentMatches[cached]!;
    const out: FragmentMatch[] = [];
    const { pairs, cells, lists, leads, heads, whole, sticky } = this;
    const anywhere = lists[0]!;
    const n = text.length;
    let b = n > 0 ? fold(text.charCodeAt(0)) : 0;
    for (let i = 0; i < n; i++) {
      const a = b;
      b = i + 1 < n ? fold(text.charCodeAt(i + 1)) : 0;
      let candidates = anywhere;
      if (i + 2 < n && a < 128 && b < 128) {
        const row = pairs[(a << 7) | b]!;
        if (row !== 0) {
          const c = fold(text.charCodeAt(i + 2));
          const list = c < 128 ? cells[(row << 7) | c]! : 0;
          if (leads[list] && !startsAt(text, leads[list]!, i)) continue;
          candidates = lists[list]!;
        }
      }
      if (candidates.length === 0) continue;
      for (let k = 0; k < candidates.length; k++) {
        const f = candidates[k]!;
        const head = heads[f]!;
        if (head && !startsAt(text, head, i)) continue;
        if (whole[f]) {
          out.push({ index: i, fragment: f, length: head.length });
          break;
        }
        const re = sticky[f]!;
        re.lastIndex = i;
        const m = re.exec(text);
        if (m) {
          out.push({ index: i, fragment: f, length: m[0].length });
          break;
        }
      }
    }
    // Oldest out first, as the texts came.
    this.recentText[this.recentNext] = text;
    this.recentMatches[this.recentNext] = out;
    this.recentNext = (this.recentNext + 1) % RECENT;
    return out;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Whether the text, its ASCII capitals folded, holds `head` at `at`: most candidates differ within a few characters. */
function startsAt(text: string, head: string, at: number): boolean {
  if (at + head.length > text.length) return false;
  for (let j = 0; j < head.length; j++) if (fold(text.charCodeAt(at + j)) !== head.charCodeAt(j)) return false;
  return true;
}

/** A character code with ASCII capitals folded to lower case, every other character kept. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The three characters at `at`, folded, as one number; -1 if any is not ASCII. */
function startKey(s: string, at: number): number {
  const a = fold(s.charCodeAt(at));
  const b = fold(s.charCodeAt(at + 1));
  const c = fold(s.charCodeAt(at + 2));
  return a >= 128 || b >= 128 || c >= 128 ? -1 : (a * 128 + b) * 128 + c;
}

/** A match fragment as a pattern: plain text, where "…" stands for a short stretch of one line. */
function fragmentPattern(fragment: string): string {
  return fragment.split('…').map(escapeRegExp).join('[^\\n]{1,80}?');
}
