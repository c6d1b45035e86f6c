/**
 * Holds every catalog data file to its zod schema and reports each problem with the entry it is
 * in. Run by the test suite (and usable from a script); the run-time loader skips it for speed.
 */
import { z } from 'zod';
import { rawCatalog } from './load.js';
import { rawProviders } from './providers/index.js';
import { EnhancedCodeData, EnhancedGroupData, PairData, ProviderData, ReplyCodeData } from './schema.js';

function check(schema: z.ZodType, items: readonly unknown[], what: string, name: (item: never) => string): string[] {
  const problems: string[] = [];
  items.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (!result.success) problems.push(`${what} #${i} (${name(item as never)}): ${z.prettifyError(result.error)}`);
  });
  return problems;
}

/** Every schema violation in the catalog; empty when all is well. */
export function validateCatalog(): string[] {
  return [
    ...check(ReplyCodeData, rawCatalog.replies, 'reply code', (r: { code: string }) => r.code),
    ...check(EnhancedCodeData, rawCatalog.enhanced, 'enhanced code', (e: { code: string }) => e.code),
    ...check(EnhancedGroupData, rawCatalog.groups, 'enhanced group', (g: { code: string }) => g.code),
    ...check(PairData, rawCatalog.pairs, 'pair', (p: { a: string; b: string }) => `${p.a}/${p.b}`),
    ...check(ProviderData, rawProviders, 'provider', (p: { id: string }) => p.id),
  ];
}
