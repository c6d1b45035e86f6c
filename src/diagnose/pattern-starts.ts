/**
 * Reading a case-insensitive (`i`, no `u`) regular-expression source for what its matches must
 * hold, so a scan can skip the places and texts where it cannot match: the reason phrases' scan in
 * reasons/index.ts indexes phrases by the characters they can start with, and runs the few it
 * cannot index only over texts that hold their required text.
 */
/**
 * Ways a match can begin: `s` is its first characters (ASCII, folded; at most the depth asked for),
 * `open` when what comes after `s` is not known, else the match may go on with whatever may follow.
 */
type Starts = { s: string; open: boolean }[];
const UNKNOWN: Starts = [{ s: '', open: true }];
const NOTHING: Starts = [{ s: '', open: false }];
// Sticky, read at the parser's position: slicing the rest of the source at every atom made reading
// a long phrase quadratic.
const LOOK = /\?<?[=!]/y;
const QUANTIFIER = /(?:([?*+])|\{(\d+)(?:,(\d*))?\})\??/y;
const foldChar = (ch: string) => (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);
/** A plain character of a class or escape, or '' for one that stands for something else (`\d`, `é`). */
const plainChar = (ch: string) => (ch !== '' && ch < '\x80' && !/[a-z0-9]/i.test(ch) ? ch : '');

/**
 * A phrase's possible starts, `depth` characters deep. Only a few constructs are followed (ASCII
 * literals and escapes, classes of them, groups, quantifiers, zero-width assertions, which consume
 * nothing); anything else reads as "unknown from here", which can only add candidates, never drop one.
 */
export function startsOf(src: string, depth: number): Starts {
  // Most phrases begin with plain text: their start is that text, with no parse (which, run for
  // every phrase at start-up, cost tens of milliseconds).
  if (plainPrefix(src) >= depth && !'?*+{'.includes(src[depth] ?? '') && !topLevelAlternation(src)) {
    return [{ s: src.slice(0, depth).toLowerCase(), open: true }];
  }
  return parsedStarts(src, depth);
}

/** `startsOf` by reading the whole source (exported so a test can hold the shortcut to it). */
export function parsedStarts(src: string, depth: number): Starts {
  let at = 0;
  const classChar = () => (src[at] === '\\' ? plainChar(src[(at += 2) - 1] ?? '') : src[at++]! < '\x80' ? src[at - 1]! : '');
  const disjunction = (): Starts => {
    const out = sequence();
    while (src[at] === '|' && ++at) out.push(...sequence());
    return out;
  };
  const sequence = (): Starts => {
    let cur = NOTHING;
    while (at < src.length && src[at] !== '|' && src[at] !== ')') cur = join(cur, quantified(atom()), depth);
    return [...cur];
  };
  const atom = (): Starts => {
    const ch = src[at++]!;
    if (ch === '(') {
      LOOK.lastIndex = at;
      const look = LOOK.exec(src);
      if (look) at += look[0].length;
      else if (src.startsWith('?:', at)) at += 2;
      else if (src.startsWith('?<', at)) at = src.indexOf('>', at) + 1;
      const inner = disjunction();
      at++;
      return look ? NOTHING : inner;
    }
    if (ch === '[') {
      const chars = new Set<string>();
      let plain = src[at] !== '^';
      while (at < src.length && src[at] !== ']') {
        const lo = classChar();
        const hi = src[at] === '-' && at + 1 < src.length && src[at + 1] !== ']' && ++at ? classChar() : lo;
        if (!lo || !hi) plain = false;
        for (let c = lo.charCodeAt(0); c <= hi.charCodeAt(0); c++) chars.add(foldChar(String.fromCharCode(c)));
      }
      at++;
      return plain ? [...chars].map((s) => ({ s, open: false })) : UNKNOWN;
    }
    if (ch === '\\') {
      const e = src[at++] ?? '';
      return e === 'b' || e === 'B' ? NOTHING : plainChar(e) ? [{ s: e, open: false }] : UNKNOWN;
    }
    if (ch === '^' || ch === '$') return NOTHING;
    return ch < '\x80' && !'.*+?{}]'.includes(ch) ? [{ s: foldChar(ch), open: false }] : UNKNOWN;
  };
  const quantified = (a: Starts): Starts => {
    QUANTIFIER.lastIndex = at;
    const q = QUANTIFIER.exec(src);
    if (!q) return a;
    at += q[0].length;
    const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
    const max = q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
    // After a repeat's first round, what follows is not followed further.
    const body = max > 1 ? a.map(({ s }) => ({ s, open: true })) : a;
    return min === 0 ? [...body, ...NOTHING] : body;
  };
  return disjunction();
}

/**
 * Text every match of the source begins with, folded, at most `max` characters: its plain
 * beginning, less a last character a quantifier makes optional or repeatable; '' when the source
 * is an alternation at its top level. Cheaper than `startsOf` and never longer than what it gives.
 */
export function fixedPrefix(src: string, max: number): string {
  if (topLevelAlternation(src)) return '';
  let n = plainPrefix(src);
  if ('?*+{'.includes(src[n] ?? '') && n > 0) n--;
  return src.slice(0, Math.min(n, max)).toLowerCase();
}

/** How many characters the source begins with that stand for themselves (ASCII, no syntax). */
function plainPrefix(src: string): number {
  let n = 0;
  while (n < src.length && src.charCodeAt(n) < 0x80 && !'\\^$.|?*+()[]{}'.includes(src[n]!)) n++;
  return n;
}

/** Whether the source is an alternation at its top level ("a|b"), outside groups and classes. */
function topLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') while (i + 1 < src.length && src[++i] !== ']') i += src[i] === '\\' ? 1 : 0;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Every way `cur` can go on with `next`, cut at `depth` characters; past a few hundred, "unknown". */
function join(cur: Starts, next: Starts, depth: number): Starts {
  const out = new Map<string, Starts[number]>();
  for (const c of cur) {
    if (c.open) out.set(`${c.s}+`, c);
    else {
      for (const n of next) {
        const s = c.s + n.s;
        const x = s.length >= depth ? { s: s.slice(0, depth), open: true } : { s, open: n.open };
        out.set(x.s + (x.open ? '+' : ''), x);
      }
    }
  }
  return out.size > 512 ? UNKNOWN : [...out.values()];
}

/**
 * Text every match of a case-insensitive pattern holds: its longest run of literals outside groups
 * and quantifiers, as a pattern with the same flags; null when there is none. A text without it
 * need not be scanned for the pattern at all.
 */
export function requiredText(src: string): RegExp | null {
  let best = '';
  let run = '';
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    let ch = src[i]!;
    let plain = depth === 0 && !'^$.()[]{}|?*+'.includes(ch);
    if (ch === '\\') plain = depth === 0 && (ch = src[++i] ?? '') !== '' && !/[a-z0-9]/i.test(ch);
    else if (ch === '[') while (i + 1 < src.length && src[++i] !== ']') i += src[i] === '\\' ? 1 : 0;
    else if (ch === '(' || ch === ')') depth += ch === '(' ? 1 : -1;
    else if (ch === '|' && depth === 0) return null;
    else if ('?*+{'.includes(ch)) {
      run = run.slice(0, -1); // the quantified literal may be missing or repeated
      if (ch === '{') while (i + 1 < src.length && src[++i] !== '}');
    }
    if (plain) run += ch;
    else [best, run] = [run.length > best.length ? run : best, ''];
  }
  if (run.length > best.length) best = run;
  return best ? new RegExp(best.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') : null;
}
