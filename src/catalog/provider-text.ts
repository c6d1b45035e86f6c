/**
 * A provider response in a language, and a response found by its id (what a diagnosis records).
 * Like the code entries, an overlay replaces only words (prose, a provider's name, a link's title):
 * codes, match fragments, link addresses, reasons and dates always come from the provider's data file.
 */
import { catalogLanguage } from './i18n/index.js';
import type { ProviderMatch } from './provider-lookup.js';
import { providers } from './providers/index.js';
import type { ProviderData, ProviderResponseData } from './schema.js';

type Link = ProviderData['links'][number];

let byId: Map<string, ProviderMatch> | undefined;

/** The provider response with this id ("gmail-550-5.7.26-unauthenticated"), if the catalog has it. */
export function providerResponseById(id: string): ProviderMatch | undefined {
  byId ??= new Map(providers().flatMap((provider) => provider.responses.map((response) => [response.id, { provider, response }] as const)));
  return byId.get(id);
}

/** Links with their titles in `lang` where it has them. */
function localLinks(links: Link[], lang: string | undefined): Link[] {
  const titles = catalogLanguage(lang).translations?.providerLabels.links;
  if (!titles || !links.some((l) => titles[l.url])) return links;
  return links.map((l) => (titles[l.url] ? { ...l, title: titles[l.url]! } : l));
}

/** The provider with its name and link titles in `lang`, where that language has them. */
export function localProvider(provider: ProviderData, lang: string | undefined): ProviderData {
  const labels = catalogLanguage(lang).translations?.providerLabels;
  if (!labels) return provider;
  return { ...provider, name: labels.names[provider.id] ?? provider.name, links: localLinks(provider.links, lang) };
}

/** The response with its prose in `lang`, where that language has it; English otherwise. */
export function localResponse(response: ProviderResponseData, lang: string | undefined): ProviderResponseData {
  const tr = catalogLanguage(lang).translations?.providers[response.id];
  if (!tr) return response.links.length ? { ...response, links: localLinks(response.links, lang) } : response;
  return {
    ...response,
    links: localLinks(response.links, lang),
    title: tr.title,
    meaning: tr.meaning,
    fix: tr.fix,
    retry: { ...response.retry, advice: tr.retryAdvice },
    ...(response.differsFromRegistry && tr.differsFromRegistry ? { differsFromRegistry: tr.differsFromRegistry } : {}),
    warnings: tr.warnings ?? response.warnings,
  };
}

/** The same match with its provider's labels and its response's prose in `lang`. */
export function localMatch(match: ProviderMatch, lang: string | undefined): ProviderMatch {
  return { provider: localProvider(match.provider, lang), response: localResponse(match.response, lang) };
}
