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

/** A transition not yet computed (Int32: a Uint32 above 2^31 would be read as a heap number). */
const UNKNOWN = -1;

/**
 * How many characters of each fragment's beginning the automaton reads: enough to be found rarely
 * where it does not match, few enough to keep the automaton small (it is built at start-up).
 */
const PROBE = 8;

/** How many texts' matches are kept: one bounce's findings read the same few texts again and again. */
const RECENT = 8;

/**
 * Finds the match fragments in a text as one case-insensitive alternation of them all would, read
 * from every position in turn (fragments overlap: "…unsolicited mail originating" / "originating
 * from your DKIM domain"): at each position, the first fragment in list order that matches there.
 *
 * V8 would try every alternative at every position. Instead, one Aho-Corasick automaton over the
 * first few characters of the fragments' plain ASCII beginnings reads each character once and
 * reports every such start that ends there; a fragment that is all plain ASCII (nearly all are)
 * matches where the rest of it follows, and the few with a gap ("…") or other characters run their
 * own pattern only there. Under the `i` flag without `u`, an ASCII character matches only its ASCII
 * case twin, so folding ASCII capitals is exact. The last few texts' matches are kept.
 */
export class FragmentScanner {
  /** Transitions: state × character class → state; UNKNOWN until first computed from the failure links. */
  private readonly delta: Int16Array | Int32Array;
  private readonly fail: Uint32Array;
  /** Characters (ASCII, folded) to classes; 0 for a character no beginning holds. */
  private readonly classOf = new Uint8Array(128);
  private readonly classes: number;
  /**
   * Per state, the probes whose beginning ends there; the state itself when it has some, else the
   * nearest suffix state that has some (0: none); and, past a state with some, the next such suffix.
   */
  private readonly outputs: number[][];
  private readonly firstOut: Uint32Array;
  private readonly outLink: Uint32Array;
  /**
   * Per probe: its fragment, the length of the part of its beginning the automaton reads (at most
   * PROBE characters), and the whole beginning, folded, which the rest is compared with.
   */
  private readonly probeFragment: number[] = [];
  private readonly probeLength: number[] = [];
  private readonly probeHead: string[] = [];
  private readonly whole: boolean[] = [];
  private readonly sticky: RegExp[];
  /** Fragments with no plain ASCII beginning: found by a lookahead V8 moves along the text. */
  private readonly anywhere: { fragment: number; re: RegExp }[] = [];
  /** A ring of the last texts and their matches: `===` on strings is cheaper than hashing a long text. */
  private readonly recentText: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
  private readonly recentMatches: FragmentMatch[][] = new Array<FragmentMatch[]>(RECENT).fill([]);
  private recentNext = 0;

  constructor(fragments: string[]) {
    this.sticky = fragments.map((f) => new RegExp(fragmentPattern(f), 'iy'));
    const probes: string[] = [];
    fragments.forEach((f, i) => {
      const first = f.split('…')[0]!;
      let n = 0;
      while (n < first.length && first.charCodeAt(n) < 128) n++;
      this.whole.push(n === f.length && n > 0);
      if (n === 0) {
        this.anywhere.push({ fragment: i, re: new RegExp(`(?=(${fragmentPattern(f)}))`, 'gi') });
        return;
      }
      const head = foldAscii(first.slice(0, n));
      probes.push(head.slice(0, PROBE));
      this.probeFragment.push(i);
      this.probeLength.push(Math.min(n, PROBE));
      this.probeHead.push(head);
    });
    // Character classes: one per character some beginning holds.
    let classes = 1;
    for (const p of probes) for (let j = 0; j < p.length; j++) this.classOf[p.charCodeAt(j)] ||= classes++;
    this.classes = classes;
    // The trie of beginnings, as children lists while it grows.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    probes.forEach((p, k) => {
      let s = 0;
      for (let j = 0; j < p.length; j++) {
        const c = this.classOf[p.charCodeAt(j)]!;
        let child = children[s]!.get(c);
        if (child === undefined) {
          child = children.push(new Map()) - 1;
          ends.push([]);
          children[s]!.set(c, child);
        }
        s = child;
      }
      ends[s]!.push(k);
    });
    // States renumbered breadth first: the shallow ones, where a scan spends nearly all its steps,
    // sit together at the start of the table, and a state's failure state (shallower) comes before it.
    const states = children.length;
    const order = [0];
    const id = new Int32Array(states);
    for (let q = 0; q < order.length; q++) for (const child of children[order[q]!]!.values()) id[child] = order.push(child) - 1;
    // A cell holds its edge's state, or UNKNOWN until a scan first needs it (see `step`), so building
    // costs the beginnings' length only. 16-bit cells while the states fit: half the memory to read.
    const delta = states < 0x7fff ? new Int16Array(states * classes) : new Int32Array(states * classes);
    delta.fill(UNKNOWN);
    const outputs: number[][] = new Array<number[]>(states);
    for (let old = 0; old < states; old++) {
      outputs[id[old]!] = ends[old]!;
      for (const [c, child] of children[old]!) delta[id[old]! * classes + c] = id[child]!;
    }
    this.delta = delta;
    this.fail = new Uint32Array(states);
    const firstOut = new Uint32Array(states);
    const outLink = new Uint32Array(states);
    for (let q = 0; q < states; q++) {
      const old = order[q]!;
      for (const [c, oldChild] of children[old]!) {
        const child = id[oldChild]!;
        this.fail[child] = q === 0 ? 0 : this.step(this.fail[q]!, c);
        outLink[child] = firstOut[this.fail[child]!]!;
        firstOut[child] = outputs[child]!.length ? child : outLink[child]!;
      }
    }
    this.firstOut = firstOut;
    this.outputs = outputs;
    this.outLink = outLink;
  }

  /** The transition from `s` on class `c`: its trie edge, or the failure state's transition; kept once computed. */
  private step(s: number, c: number): number {
    const cell = s * this.classes + c;
    let t = this.delta[cell]!;
    if (t === UNKNOWN) this.delta[cell] = t = s === 0 ? 0 : this.step(this.fail[s]!, c);
    return t;
  }

  matches(text: string): FragmentMatch[] {
    const cached = this.recentText.indexOf(text);
    if (cached >= 0) return this.recentMatches[cached]!;
    // Candidates as (start, fragment, length) triples; the fragment first in list order wins at a start.
    const found: number[] = [];
    const { delta, classOf, classes, outputs, firstOut, outLink, probeFragment, probeLength, probeHead, whole, sticky } = this;
    const n = text.length;
    let s = 0;
    for (let j = 0; j < n; j++) {
      let c = text.charCodeAt(j);
      if (c >= 65 && c <= 90) c += 32;
      if (c < 128) {
        const cls = classOf[c]!;
        const t = delta[s * classes + cls]!;
        s = t !== UNKNOWN ? t : this.step(s, cls);
      } else s = 0;
      for (let o = firstOut[s]!; o !== 0; o = outLink[o]!) {
        for (const k of outputs[o]!) {
          const f = probeFragment[k]!;
          const start = j + 1 - probeLength[k]!;
          const head = probeHead[k]!;
          if (whole[f]) {
            if (head.length === probeLength[k] || restAt(text, head, start, probeLength[k]!)) found.push(start, f, head.length);
          }
          else {
            const re = sticky[f]!;
            re.lastIndex = start;
            const m = re.exec(text);
            if (m) found.push(start, f, m[0].length);
          }
        }
      }
    }
    for (const { fragment, re } of this.anywhere) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push(m.index, fragment, m[1]!.length);
        re.lastIndex = m.index + 1;
      }
    }
    const out = firstAtEachStart(found);
    // Oldest out first, as the texts came.
    this.recentText[this.recentNext] = text;
    this.recentMatches[this.recentNext] = out;
    this.recentNext = (this.recentNext + 1) % RECENT;
    return out;
  }
}

/** Whether the text, its ASCII capitals folded, holds `head` at `at` from its `from`-th character on. */
function restAt(text: string, head: string, at: number, from: number): boolean {
  if (at + head.length > text.length) return false;
  for (let j = from; j < head.length; j++) {
    let c = text.charCodeAt(at + j);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== head.charCodeAt(j)) return false;
  }
  return true;
}

/** From (start, fragment, length) triples: per start, in text order, the fragment first in list order. */
function firstAtEachStart(found: number[]): FragmentMatch[] {
  const order: number[] = [];
  for (let t = 0; t < found.length; t += 3) order.push(t);
  order.sort((x, y) => found[x]! - found[y]! || found[x + 1]! - found[y + 1]!);
  const out: FragmentMatch[] = [];
  for (const t of order) {
    const index = found[t]!;
    if (out.length && out[out.length - 1]!.index === index) continue;
    out.push({ index, fragment: found[t + 1]!, length: found[t + 2]! });
  }
  return out;
}

/** ASCII capitals folded to lower case, every other character kept. */
function foldAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** A match fragment as a pattern: plain text, where "…" stands for a short stretch of one line. */
function fragmentPattern(fragment: string): string {
  return fragment.split('…').map(escapeRegExp).join('[^\\n]{1,80}?');
}
