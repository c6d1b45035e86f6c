/**
 * Every provider catalog file. Adding a provider is adding its file here; adding a response is
 * one edit in that provider's file. Schema rules are checked by `../validate.ts` in the tests.
 */
import type { ProviderData, ProviderInput } from '../schema.js';
import { amazonses } from './amazonses.js';
import { apple } from './apple.js';
import { barracuda } from './barracuda.js';
import { cisco } from './cisco.js';
import { comcast } from './comcast.js';
import { exim } from './exim.js';
import { gmail } from './gmail.js';
import { gmx } from './gmx.js';
import { mailru } from './mailru.js';
import { microsoft } from './microsoft.js';
import { mimecast } from './mimecast.js';
import { orange } from './orange.js';
import { postfix } from './postfix.js';
import { proofpoint } from './proofpoint.js';
import { qmail } from './qmail.js';
import { qq } from './qq.js';
import { sendmail } from './sendmail.js';
import { spamhaus } from './spamhaus.js';
import { yahoo } from './yahoo.js';
import { zoho } from './zoho.js';

export const rawProviders: ProviderInput[] = [
  amazonses, apple, barracuda, cisco, comcast, exim, gmail, gmx, mailru, microsoft, mimecast, orange, postfix, proofpoint, qmail, qq, sendmail, spamhaus, yahoo, zoho,
];

function withDefaults(p: ProviderInput): ProviderData {
  return {
    ...p,
    aliases: p.aliases ?? [],
    hosts: p.hosts ?? [],
    signatures: p.signatures ?? [],
    links: p.links ?? [],
    responses: p.responses.map((r) => ({ ...r, matchKind: r.matchKind ?? 'specific', aliases: r.aliases ?? [], ranges: r.ranges ?? [], links: r.links ?? [], warnings: r.warnings ?? [] })),
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
