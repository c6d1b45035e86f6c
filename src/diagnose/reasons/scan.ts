/**
 * Finding the reason phrases (case-insensitive regular-expression sources) in a text: at each
 * position, the first phrase in list order that matches there, as one alternation of them all
 * would find it, without running every phrase everywhere.
 *
 * One alternation of all phrases makes V8 try every phrase at every position, and one per first
 * character still runs a regular expression at nearly every word. So the characters a phrase's
 * match can start with are read from its source (`startsOf`), phrases are indexed by their first
 * KEY of them, and a position runs only the alternation of the phrases that can start with the
 * characters it holds, once its text begins with what they all begin with: at most positions no
 * regular expression runs. Under `i` without `u` an ASCII character matches only its ASCII case
 * twin, so comparing ASCII-folded characters is exact. The few "loose" phrases that may start
 * otherwise (`[a-z0-9-]{1,63}…`, a non-ASCII letter) run as one lookahead alternation V8 moves
 * along the text itself, and only over texts that hold the text they require. At a position the
 * phrase first in the list wins, as in one alternation, and positions right after a letter (where
 * the `(?<![a-z])` guard fails) are skipped.
 */
import { fixedPrefix, requiredText, startsOf } from '../pattern-starts.js';

const NON_ASCII = /[\u0080-\uffff]/;

const KEY = 3;
/** How far starts are followed to find what a group's phrases all begin with. */
const HEAD = 12;

/**
 * An alternation of phrases: sticky at one position, or as a lookahead V8 moves along the text.
 * `head` is what all its phrases begin with, read on the group's first use (null until then).
 */
interface PhraseGroup { re: RegExp; phrase: number[]; key: string; head: string | null }

/**
 * One step of a group, tried in list order at a position: a phrase that is plain text, compared
 * as text (most are: no pattern to compile or run), or a run of pattern phrases as one sticky
 * alternation.
 */
type Step = { literal: string; phrase: number } | { re: RegExp; phrase: number[] };

/** The phrases that share a key, as steps; `head` as for PhraseGroup. */
interface KeyGroup { steps: Step[]; phrase: number[]; key: string; head: string | null }

/** A phrase that is plain ASCII text with no pattern syntax, folded; null otherwise. */
function literalOf(phrase: string): string | null {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || '\\^$.|?*+()[]{}'.includes(phrase[i]!)) return null;
  }
  return phrase.toLowerCase();
}

/** Whether the text, ASCII-folded, holds `literal` at `at` past its first KEY characters (already compared). */
function literalAt(text: string, literal: string, at: number): boolean {
  if (at + literal.length > text.length) return false;
  for (let j = KEY; j < literal.length; j++) if (foldCode(text.charCodeAt(at + j)) !== literal.charCodeAt(j)) return false;
  return true;
}

/** A KEY-character start as one number: two characters pick a row of `cells`, the third a cell. */
const keyOf = (s: string) => (s.charCodeAt(0) << 14) | (s.charCodeAt(1) << 7) | s.charCodeAt(2);
const foldCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The phrase whose capture group matched: the first alternative that did. */
function matched(group: { phrase: number[] }, m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return group.phrase[i - 1]!;
  return -1;
}

/** Whether the text, ASCII-folded, holds `head` at `at` past its first KEY characters (already compared). */
function headAt(text: string, head: string, at: number): boolean {
  if (at + head.length > text.length) return false;
  for (let j = KEY; j < head.length; j++) if (foldCode(text.charCodeAt(at + j)) !== head.charCodeAt(j)) return false;
  return true;
}

export class PhraseScanner {
  /** Row of `cells` by the first two characters (0: no phrase starts so). */
  private readonly pairs = new Uint16Array(128 * 128);
  /** By row and third character: 1 + the index in `groups`, or 0. */
  private readonly cells: Uint16Array;
  private readonly groups: KeyGroup[] = [];
  private readonly looseIndices: number[];
  private readonly looseNeeds: (RegExp | null)[];
  /** Whether a loose phrase's required text is non-ASCII (the localized wordings): an ASCII text cannot hold it. */
  private readonly looseNeedsNonAscii: boolean[];
  private readonly looseGroups = new Map<string, PhraseGroup | null>();
  /** Each phrase's starts HEAD deep, read once: a phrase with several keys is in several groups. */
  private readonly headStarts: ReturnType<typeof startsOf>[] = [];

  /** `phrases` in the order they win at a position (the reasons list them longest first). */
  constructor(private readonly phrases: readonly string[]) {
    const phraseKeys = phrases.map((p) => {
      const starts = startsOf(p, KEY);
      return starts.every((st) => st.s.length >= KEY) ? [...new Set(starts.map((st) => keyOf(st.s)))] : null;
    });
    const byKey = new Map<number, number[]>();
    phraseKeys.forEach((keys, i) => keys?.forEach((k) => byKey.set(k, [...(byKey.get(k) ?? []), i])));
    let rowCount = 0;
    for (const k of byKey.keys()) this.pairs[k >> 7] ||= ++rowCount;
    this.cells = new Uint16Array((rowCount + 1) * 128);
    for (const [k, indices] of byKey) {
      const key = String.fromCharCode(k >> 14, (k >> 7) & 127, k & 127);
      this.cells[(this.pairs[k >> 7]! << 7) | (k & 127)] = this.groups.push(this.keyGroup(indices, key));
    }
    this.looseIndices = phrases.flatMap((_, i) => (phraseKeys[i] ? [] : [i]));
    this.looseNeeds = this.looseIndices.map((i) => requiredText(phrases[i]!));
    this.looseNeedsNonAscii = this.looseNeeds.map((re) => re !== null && NON_ASCII.test(re.source));
  }

  /** The loose phrases as one lookahead alternation V8 moves along the text. */
  private group(indices: number[]): PhraseGroup | null {
    if (indices.length === 0) return null;
    const alternatives = indices.map((i) => `(${this.phrases[i]!})`).join('|');
    return { re: new RegExp(`(?<![a-z])(?=(?:${alternatives}))`, 'gi'), phrase: indices, key: '', head: null };
  }

  /** The phrases with one key, in list order: plain-text ones as such, runs of the others as a pattern each. */
  private keyGroup(indices: number[], key: string): KeyGroup {
    const steps: Step[] = [];
    let run: number[] = [];
    const endRun = () => {
      if (run.length === 0) return;
      const alternatives = run.map((i) => `(${this.phrases[i]!})`).join('|');
      steps.push({ re: new RegExp(`(?<![a-z])(?:${alternatives})`, 'iy'), phrase: run });
      run = [];
    };
    for (const i of indices) {
      const literal = literalOf(this.phrases[i]!);
      if (literal === null) run.push(i);
      else {
        endRun();
        steps.push({ literal, phrase: i });
      }
    }
    endRun();
    return { steps, phrase: indices, key, head: null };
  }

  /** The phrase of the group that wins at `at` (its key and head already compared there), or -1. */
  private firstAt(group: KeyGroup, text: string, at: number): number {
    for (const step of group.steps) {
      if ('literal' in step) {
        if (literalAt(text, step.literal, at)) return step.phrase;
        continue;
      }
      step.re.lastIndex = at;
      const m = step.re.exec(text);
      if (m) return matched(step, m);
    }
    return -1;
  }

  /**
   * What every start of the group's phrases begins with (at least its key): checked before the
   * group's expression runs. Read on first use, since reading sources this deep is the costly part
   * of building the scanner and most groups are never reached by a given text.
   */
  private headOf(group: KeyGroup): string {
    const { key } = group;
    const heads = group.phrase.flatMap((i) => {
      // Most phrases begin with plain text at least as long as the key: that text is the head, with
      // no reading of the whole source (which, cold, was a tenth of a batch's first e-mails).
      const plain = fixedPrefix(this.phrases[i]!, HEAD);
      if (plain.length >= KEY) return [plain];
      const starts = (this.headStarts[i] ??= startsOf(this.phrases[i]!, HEAD));
      // A start shorter than the key only comes of a source too branchy to follow: assume the key alone.
      const own = starts.some((st) => st.s.length < KEY) ? [] : starts.filter((st) => st.s.startsWith(key)).map((st) => st.s);
      return own.length ? own : [key];
    });
    let head = heads[0]!;
    for (const h of heads) while (!h.startsWith(head)) head = head.slice(0, -1);
    return head;
  }

  /** The lookahead alternation of the loose phrases that can match in this text, in order. */
  private looseGroup(text: string): PhraseGroup | null {
    // Which loose phrases the text may hold, as a key: most texts hold none, and this runs per text.
    let id = '';
    // One scan for any non-ASCII character spares an ASCII text the localized phrases' tests.
    const ascii = !NON_ASCII.test(text);
    for (let k = 0; k < this.looseIndices.length; k++) {
      if (ascii && this.looseNeedsNonAscii[k]) continue;
      if (this.looseNeeds[k]?.test(text) ?? true) id += `${k},`;
    }
    if (id === '') return null;
    let group = this.looseGroups.get(id);
    if (group === undefined) {
      group = this.group(id.split(',').slice(0, -1).map((k) => this.looseIndices[Number(k)]!));
      if (this.looseGroups.size < 64) this.looseGroups.set(id, group);
    }
    return group;
  }

  /**
   * Calls `hit` with the index of the phrase that wins at each position where one matches, in text
   * order, until `hit` returns true.
   */
  scan(text: string, hit: (phrase: number) => boolean | void): void {
    const n = text.length;
    const { pairs, cells, groups } = this;
    // The next place a loose phrase matches. Its guard is the one that skips positions here, so it
    // only stops at positions this loop reads.
    const looseRe = this.looseGroup(text);
    let loose: RegExpExecArray | null = null;
    if (looseRe) {
      looseRe.re.lastIndex = 0;
      loose = looseRe.re.exec(text);
    }
    let before = 0;
    // Every position in turn, also inside an earlier match: phrases of other reasons may overlap it.
    for (let at = 0; at < n; at++) {
      const code = text.charCodeAt(at);
      const afterLetter = (before | 32) >= 97 && (before | 32) <= 122;
      before = code;
      if (afterLetter) continue;
      let phrase = -1;
      const a = foldCode(code);
      const b = at + 2 < n ? foldCode(text.charCodeAt(at + 1)) : 128;
      const row = a < 128 && b < 128 ? pairs[(a << 7) | b]! : 0;
      if (row !== 0) {
        const c = foldCode(text.charCodeAt(at + 2));
        const cell = c < 128 ? cells[(row << 7) | c]! : 0;
        const group = cell !== 0 ? groups[cell - 1]! : null;
        const head = group ? (group.head ??= this.headOf(group)) : '';
        if (group && (head.length === KEY || headAt(text, head, at))) phrase = this.firstAt(group, text, at);
      }
      if (loose && loose.index === at) {
        const p = matched(looseRe!, loose);
        if (phrase < 0 || p < phrase) phrase = p;
        looseRe!.re.lastIndex = at + 1;
        loose = looseRe!.re.exec(text);
      }
      if (phrase >= 0 && hit(phrase) === true) return;
    }
  }
}
