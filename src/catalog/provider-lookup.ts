/** Looking up what a provider means: by its own code (TSS04), by provider and code (gmail 5.7.26). */
import { providers } from './providers/index.js';
import type { ProviderData, ProviderResponseData } from './schema.js';

export interface ProviderMatch {
  provider: ProviderData;
  response: ProviderResponseData;
}

/** "[TSS04]", "tss04", "AS(201806281)" → the comparable form. */
function normaliseCode(code: string): string {
  return code.trim().replace(/^\[(.*)\]$/, '$1').toUpperCase();
}

function namesOf(p: ProviderData): string[] {
  const fromHosts = p.hosts.map((h) => h.split('.').filter((part) => part.length > 2 && !/^(com|net|org|mail|smtp|mx)$/.test(part))[0] ?? '');
  return [p.id, ...p.aliases, ...fromHosts].filter(Boolean).map((n) => n.toLowerCase());
}

/** The provider a word names ("gmail", "google", "outlook", "aol"), if any. */
export function providerByName(word: string): ProviderData | undefined {
  const w = word.toLowerCase().replace(/[:,]$/, '');
  return providers().find((p) => namesOf(p).includes(w));
}

/** The provider's own codes a response answers to: its providerCode and its aliases. */
function ownCodes(r: ProviderResponseData): string[] {
  return r.providerCode ? [r.providerCode, ...r.aliases] : r.aliases;
}

function hasOwnCode(r: ProviderResponseData, wanted: string): boolean {
  return ownCodes(r).some((c) => normaliseCode(c) === wanted);
}

/** Responses whose provider code (or an alias of it) is this one ("TSS04", "S3150", "TSS11"). */
export function lookupProviderCode(code: string): ProviderMatch[] {
  const wanted = normaliseCode(code);
  const out: ProviderMatch[] = [];
  for (const provider of providers()) {
    for (const response of provider.responses) {
      if (hasOwnCode(response, wanted)) out.push({ provider, response });
    }
  }
  return out;
}

/** Whether a token could be a provider's own code, so the query parser routes it here. */
export function isProviderCode(token: string): boolean {
  return lookupProviderCode(token).length > 0;
}

const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** Whether an enhanced code lies in one of the response's documented ranges (5.7.620 in 5.7.606–5.7.649). */
function inRanges(r: ProviderResponseData, code: string): boolean {
  const c = ENHANCED.exec(code);
  if (!c) return false;
  return r.ranges.some(([from, to]) => {
    const a = ENHANCED.exec(from)!;
    const b = ENHANCED.exec(to)!;
    const detail = Number(c[3]);
    return c[1] === a[1] && c[2] === a[2] && detail >= Number(a[3]) && detail <= Number(b[3]);
  });
}

/**
 * A provider's responses that carry this reply, enhanced or provider code. A code no response
 * names exactly falls back to the responses whose documented range holds it.
 */
export function providerResponsesFor(provider: ProviderData, code: string): ProviderMatch[] {
  const wanted = normaliseCode(code);
  const exact = provider.responses.filter((r) => r.reply === code || r.enhanced === code || hasOwnCode(r, wanted));
  const found = exact.length ? exact : provider.responses.filter((r) => inRanges(r, code));
  return found.map((response) => ({ provider, response }));
}

/** Every provider response sent with this code: what big providers mean by a registered code. */
export function responsesWithCode(code: string): ProviderMatch[] {
  return providers().flatMap((p) => providerResponsesFor(p, code));
}

/** Other responses of the same family (TSS04 ≈ TSS05 ≈ IPTS04). */
export function familyOf(match: ProviderMatch): ProviderMatch[] {
  const family = match.response.family;
  if (!family) return [];
  return providers().flatMap((provider) =>
    provider.responses.filter((r) => r.family === family && r.id !== match.response.id).map((response) => ({ provider, response })),
  );
}
