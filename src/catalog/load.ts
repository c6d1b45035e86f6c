/**
 * Parses every data file through its zod schema once, at first use, and indexes it. A malformed
 * entry throws here with the entry's code in the message, so the catalog test names the culprit.
 */
import { z } from 'zod';
import { enhancedGroups } from './data/enhanced-groups.js';
import { enhancedCodesX0toX4 } from './data/enhanced-x0-x4.js';
import { enhancedCodesX5toX7 } from './data/enhanced-x5-x7.js';
import { confusablePairs } from './data/pairs.js';
import { replyCodes2xx3xx } from './data/reply-2xx-3xx.js';
import { replyCodes4xx } from './data/reply-4xx.js';
import { replyCodes5xx } from './data/reply-5xx.js';
import {
  EnhancedCodeData,
  EnhancedGroupData,
  PairData,
  ReplyCodeData,
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

function parseAll<S extends z.ZodType>(schema: S, items: unknown[], what: string): z.output<S>[] {
  return items.map((item, i) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      const code = (item as { code?: string; a?: string; b?: string }).code ??
        `${(item as { a?: string }).a}/${(item as { b?: string }).b}`;
      throw new Error(`catalog: ${what} #${i} (${code}) is invalid: ${z.prettifyError(result.error)}`);
    }
    return result.data;
  });
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
  const replies = parseAll(ReplyCodeData, [...replyCodes2xx3xx, ...replyCodes4xx, ...replyCodes5xx], 'reply code');
  const enhanced = parseAll(EnhancedCodeData, [...enhancedCodesX0toX4, ...enhancedCodesX5toX7], 'enhanced code');
  const groups = parseAll(EnhancedGroupData, enhancedGroups, 'enhanced group');
  const pairs = parseAll(PairData, confusablePairs, 'pair');
  const pairMap = new Map<string, PairData>();
  for (const p of pairs) {
    if (pairMap.has(pairKey(p.a, p.b))) throw new Error(`catalog: duplicate pair ${p.a}/${p.b}`);
    pairMap.set(pairKey(p.a, p.b), p);
    pairMap.set(pairKey(p.b, p.a), p);
  }
  cached = {
    replies: indexUnique(replies, (r) => r.code, 'reply code'),
    enhanced: indexUnique(enhanced, (e) => e.code, 'enhanced code'),
    groups: indexUnique(groups, (g) => g.code, 'enhanced group'),
    pairs: pairMap,
  };
  return cached;
}
