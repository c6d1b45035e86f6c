/**
 * Indexes the data files once, at first use. The files are TypeScript, so the compiler already
 * holds them to the schema's shape; the zod schemas' finer rules (patterns, lengths, references)
 * are checked by `validate.ts` in the test suite. Loading zod here would cost a command-line
 * lookup more than its whole budget, so at run time we only fill in the schema's defaults.
 */
import { enhancedGroups } from './data/enhanced-groups.js';
import { enhancedCodesX0toX4 } from './data/enhanced-x0-x4.js';
import { enhancedCodesX5toX7 } from './data/enhanced-x5-x7.js';
import { confusablePairs } from './data/pairs.js';
import { replyCodes2xx3xx } from './data/reply-2xx-3xx.js';
import { replyCodes4xx } from './data/reply-4xx.js';
import { replyCodes5xx } from './data/reply-5xx.js';
import type {
  EnhancedCodeData,
  EnhancedCodeInput,
  EnhancedGroupData,
  PairData,
  ReplyCodeData,
  ReplyCodeInput,
} from './schema.js';

export interface CatalogData {
  replies: Map<string, ReplyCodeData>;
  /** Keyed "X.1.1". */
  enhanced: Map<string, EnhancedCodeData>;
  /** Keyed "5.X.X" and "X.1.X". */
  groups: Map<string, EnhancedGroupData>;
  /** Keyed by both orders: "251|551" and "551|251". */
  pairs: Map<string, PairData>;
}

/** The raw data, as the schemas' inputs: what `validate.ts` checks. */
export const rawCatalog = {
  replies: [...replyCodes2xx3xx, ...replyCodes4xx, ...replyCodes5xx],
  enhanced: [...enhancedCodesX0toX4, ...enhancedCodesX5toX7],
  groups: enhancedGroups,
  pairs: confusablePairs,
};

function reply(r: ReplyCodeInput): ReplyCodeData {
  return { ...r, keywords: r.keywords ?? [], notes: r.notes ?? [], variants: r.variants ?? [], commonEnhanced: r.commonEnhanced ?? [] };
}

function enhanced(e: EnhancedCodeInput): EnhancedCodeData {
  return {
    ...e,
    keywords: e.keywords ?? [],
    notes: e.notes ?? [],
    typicalReplies: e.typicalReplies ?? [],
    retry: e.retry ?? {},
    byClass: e.byClass ?? {},
  };
}

function indexUnique<T>(items: T[], key: (t: T) => string, what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) throw new Error(`catalog: duplicate ${what} ${k}`);
    map.set(k, item);
  }
  return map;
}

export function pairKey(a: string, b: string): string {
  return `${a}|${b}`;
}

let cached: CatalogData | undefined;

export function catalogData(): CatalogData {
  if (cached) return cached;
  const pairMap = new Map<string, PairData>();
  for (const p of rawCatalog.pairs) {
    if (pairMap.has(pairKey(p.a, p.b))) throw new Error(`catalog: duplicate pair ${p.a}/${p.b}`);
    pairMap.set(pairKey(p.a, p.b), p);
    pairMap.set(pairKey(p.b, p.a), p);
  }
  cached = {
    replies: indexUnique(rawCatalog.replies.map(reply), (r) => r.code, 'reply code'),
    enhanced: indexUnique(rawCatalog.enhanced.map(enhanced), (e) => e.code, 'enhanced code'),
    groups: indexUnique(rawCatalog.groups, (g) => g.code, 'enhanced group'),
    pairs: pairMap,
  };
  return cached;
}
