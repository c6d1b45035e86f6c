/**
 * The catalog's query API: everything the rest of the product knows about SMTP codes comes through
 * here. Pure: no I/O, no environment, no Slack.
 */
export { lookup, allEntries } from './lookup.js';
export { compare, confusableWith, type Comparison } from './compare.js';
export { readTogether, type PairReading } from './combine.js';
export { search, type SearchHit } from './search.js';
export { suggest, oneEditAway } from './suggest.js';
export { parseCode, looksLikeCode, type CodeToken } from './codes.js';
export { classOf, type CodeEntry } from './entry.js';
export { catalogData } from './load.js';
export type { Reason, WhoActs, RetryPolicy, CodeClass, Retry, SmtpPhase } from './schema.js';
export { providers } from './providers/index.js';
export {
  providerByName,
  lookupProviderCode,
  isProviderCode,
  providerResponsesFor,
  responsesWithCode,
  familyOf,
  type ProviderMatch,
} from './provider-lookup.js';
export { providerResponseById, localProvider, localResponse, localMatch } from './provider-text.js';
export type { ProviderData, ProviderResponseData } from './schema.js';
