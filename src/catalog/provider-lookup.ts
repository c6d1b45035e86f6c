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

/** Responses whose provider code is this one ("TSS04", "S3150"). */
export function lookupProviderCode(code: string): ProviderMatch[] {
  const wanted = normaliseCode(code);
  const out: ProviderMatch[] = [];
  for (const provider of providers()) {
    for (const response of provider.responses) {
      if (response.providerCode && normaliseCode(response.providerCode) === wanted) out.push({ provider, response });
    }
  }
  return out;
}

/** Whether a token could be a provider's own code, so the query parser routes it here. */
export function isProviderCode(token: string): boolean {
  return lookupProviderCode(token).length > 0;
}

/** A provider's responses that carry this reply or enhanced code. */
export function providerResponsesFor(provider: ProviderData, code: string): ProviderMatch[] {
  return provider.responses
    .filter((r) => r.reply === code || r.enhanced === code || (r.providerCode && normaliseCode(r.providerCode) === normaliseCode(code)))
    .map((response) => ({ provider, response }));
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
