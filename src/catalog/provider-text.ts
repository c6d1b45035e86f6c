/**
 * A provider response in a language, and a response found by its id (what a diagnosis records).
 * Like the code entries, an overlay replaces only words: codes, match fragments, links, reasons and
 * dates always come from the provider's data file.
 */
import { catalogLanguage } from './i18n/index.js';
import type { ProviderMatch } from './provider-lookup.js';
import { providers } from './providers/index.js';
import type { ProviderResponseData } from './schema.js';

let byId: Map<string, ProviderMatch> | undefined;

/** The provider response with this id ("gmail-550-5.7.26-unauthenticated"), if the catalog has it. */
export function providerResponseById(id: string): ProviderMatch | undefined {
  byId ??= new Map(providers().flatMap((provider) => provider.responses.map((response) => [response.id, { provider, response }] as const)));
  return byId.get(id);
}

/** The response with its prose in `lang`, where that language has it; English otherwise. */
export function localResponse(response: ProviderResponseData, lang: string | undefined): ProviderResponseData {
  const tr = catalogLanguage(lang).translations?.providers[response.id];
  if (!tr) return response;
  return {
    ...response,
    title: tr.title,
    meaning: tr.meaning,
    fix: tr.fix,
    retry: { ...response.retry, advice: tr.retryAdvice },
    ...(response.differsFromRegistry && tr.differsFromRegistry ? { differsFromRegistry: tr.differsFromRegistry } : {}),
    warnings: tr.warnings ?? response.warnings,
  };
}

/** The same match with its response's prose in `lang`. */
export function localMatch(match: ProviderMatch, lang: string | undefined): ProviderMatch {
  return { provider: match.provider, response: localResponse(match.response, lang) };
}
