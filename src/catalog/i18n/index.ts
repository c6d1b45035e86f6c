/**
 * The catalog's languages. English is the data itself; every other language is a phrase file and
 * overlays of the entries' prose. Adding a language is adding its files and one line here.
 */
import { enCatalogPhrases, type CatalogPhrases } from './en.js';
import type { CatalogTranslations } from './types.js';

export interface CatalogLanguage {
  phrases: CatalogPhrases;
  /** Absent for English, whose prose is the data itself. */
  translations?: CatalogTranslations;
}

const languages: Record<string, CatalogLanguage> = {
  en: { phrases: enCatalogPhrases },
};

export const catalogLanguages = Object.keys(languages);

export function catalogLanguage(lang: string | undefined): CatalogLanguage {
  return languages[lang ?? 'en'] ?? languages.en!;
}

export type { CatalogPhrases, CatalogTranslations };
