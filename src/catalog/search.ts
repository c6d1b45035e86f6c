/** Finding codes by words: "mailbox full", "relay denied", "greylisting". */
import type { CodeEntry } from './entry.js';
import { allEntries } from './lookup.js';

export interface SearchHit {
  entry: CodeEntry;
  score: number;
}

const STOPWORDS = new Set(['a', 'an', 'the', 'is', 'are', 'of', 'to', 'for', 'in', 'on', 'my', 'and', 'or', 'it', 'not', 'code', 'smtp', 'error', 'what', 'why']);

/** Lower-case words, with a plural "s" dropped so "mailboxes" finds "mailbox". */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Words may match inside longer ones: four letters in English, two syllables in Korean (particles attach). */
function partialMin(word: string): number {
  return /^[a-z0-9.]*$/.test(word) ? 4 : 2;
}

interface Indexed {
  entry: CodeEntry;
  /** Each field's words with the weight a match in that field earns. */
  fields: { words: Set<string>; text: string; weight: number }[];
}

/** One index per language, built on first use. */
const indexes = new Map<string, Indexed[]>();

function buildIndex(lang: string): Indexed[] {
  return allEntries(lang).map((entry) => {
    const field = (text: string, weight: number) => ({ words: new Set(words(text)), text: text.toLowerCase(), weight });
    return {
      entry,
      fields: [
        field(entry.title, 6),
        field(entry.keywords.join(' '), 5),
        field(entry.meaning, 2),
        field(entry.whenSeen.join(' '), 1),
        field(entry.fix.join(' '), 0.5),
      ],
    };
  });
}

/** Scores every entry; entries that match more of the query's words rank first. */
export function search(query: string, limit = 8, lang = 'en'): SearchHit[] {
  let index = indexes.get(lang);
  if (!index) {
    index = buildIndex(lang);
    indexes.set(lang, index);
  }
  const q = words(query);
  if (q.length === 0) return [];
  const phrase = q.join(' ');
  const hits: SearchHit[] = [];
  for (const item of index) {
    let score = 0;
    let matched = 0;
    for (const w of q) {
      let best = 0;
      for (const f of item.fields) {
        if (f.words.has(w)) best = Math.max(best, f.weight);
        else if (w.length >= partialMin(w) && f.text.includes(w)) best = Math.max(best, f.weight / 2);
      }
      if (best > 0) matched++;
      score += best;
    }
    if (matched === 0) continue;
    if (q.length > 1 && (item.fields[0]!.text.includes(phrase) || item.fields[1]!.text.includes(phrase))) score += 8;
    score *= (matched / q.length) ** 2;
    // A permanent and a transient form of one detail both match; keep the order stable and readable.
    hits.push({ entry: item.entry, score });
  }
  hits.sort((x, y) => y.score - x.score || x.entry.code.localeCompare(y.entry.code));
  return hits.slice(0, limit);
}
