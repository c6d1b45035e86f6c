/**
 * Every provider catalog file. Adding a provider is adding its file here; adding a response is
 * one edit in that provider's file. Schema rules are checked by `../validate.ts` in the tests.
 */
import type { ProviderData, ProviderInput } from '../schema.js';
import { apple } from './apple.js';
import { gmail } from './gmail.js';
import { microsoft } from './microsoft.js';
import { yahoo } from './yahoo.js';

export const rawProviders: ProviderInput[] = [apple, gmail, microsoft, yahoo];

function withDefaults(p: ProviderInput): ProviderData {
  return {
    ...p,
    aliases: p.aliases ?? [],
    hosts: p.hosts ?? [],
    links: p.links ?? [],
    responses: p.responses.map((r) => ({ ...r, links: r.links ?? [], warnings: r.warnings ?? [] })),
  };
}

let cached: ProviderData[] | undefined;

export function providers(): ProviderData[] {
  if (cached) return cached;
  const ids = new Set<string>();
  cached = rawProviders.map(withDefaults);
  for (const p of cached) {
    for (const r of p.responses) {
      if (ids.has(r.id)) throw new Error(`catalog: duplicate provider response id ${r.id}`);
      ids.add(r.id);
    }
  }
  return cached;
}
