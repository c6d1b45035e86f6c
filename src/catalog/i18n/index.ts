/**
 * The catalog's languages. English is the data itself; every other language is a phrase file and
 * overlays of the entries' prose. Adding a language is adding its files and one line here.
 */
import { enCatalogPhrases, type CatalogPhrases } from './en.js';
import { koEnhancedX0toX4 } from './ko/enhanced-x0-x4.js';
import { koEnhancedX5toX7 } from './ko/enhanced-x5-x7.js';
import { koGroups } from './ko/groups.js';
import { koPairs } from './ko/pairs.js';
import { koCatalogPhrases } from './ko/phrases.js';
import { koProviderLabels } from './ko/provider-labels.js';
import { koProvidersAdded } from './ko/providers-added.js';
import { koProvidersGmail } from './ko/providers-gmail.js';
import { koProvidersMicrosoft } from './ko/providers-microsoft.js';
import { koProvidersSmall } from './ko/providers-small.js';
import { koReplies } from './ko/replies.js';
import type { CatalogTranslations } from './types.js';

export interface CatalogLanguage {
  phrases: CatalogPhrases;
  /** Absent for English, whose prose is the data itself. */
  translations?: CatalogTranslations;
}

const languages: Record<string, CatalogLanguage> = {
  en: { phrases: enCatalogPhrases },
  ko: {
    phrases: koCatalogPhrases,
    translations: {
      replies: koReplies,
      enhanced: { ...koEnhancedX0toX4, ...koEnhancedX5toX7 },
      groups: koGroups,
      pairs: koPairs,
      providers: { ...koProvidersSmall, ...koProvidersGmail, ...koProvidersMicrosoft, ...koProvidersAdded },
      providerLabels: koProviderLabels,
    },
  },
};

export const catalogLanguages = Object.keys(languages);

export function catalogLanguage(lang: string | undefined): CatalogLanguage {
  return languages[lang ?? 'en'] ?? languages.en!;
}

export type { CatalogPhrases, CatalogTranslations };
