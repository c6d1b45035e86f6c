/**
 * Translations of the catalog's prose, one overlay per language. An overlay never changes a fact:
 * codes, classes, who acts, retry policies and RFC references come from the English data; only the
 * words are replaced. Arrays have the same length and order as the English ones.
 */
type ClassDigit = '2' | '4' | '5';

export interface ReplyTranslation {
  title: string;
  meaning: string;
  whenSeen: string[];
  fix: string[];
  retryAdvice: string;
  notes?: string[];
  /** Same order as the English `variants`. */
  variants?: { context: string; title: string; meaning: string }[];
  /** Extra search words in this language. */
  keywords?: string[];
}

export interface EnhancedTranslation {
  title: string;
  meaning: string;
  whenSeen: string[];
  fix: string[];
  notes?: string[];
  keywords?: string[];
  /** For each class the English `retry` has advice for. */
  retryAdvice?: Partial<Record<ClassDigit, string>>;
  /** For each class the English `byClass` has, the same fields it overrides. */
  byClass?: Partial<Record<ClassDigit, { meaning?: string; whenSeen?: string[]; fix?: string[]; retryAdvice?: string }>>;
}

export interface GroupTranslation {
  title: string;
  meaning: string;
}

export interface PairTranslation {
  keyDifference: string;
  whenToUseWhich: string;
}

export interface CatalogTranslations {
  /** Keyed by reply code: "421". */
  replies: Record<string, ReplyTranslation>;
  /** Keyed by registry code: "X.1.1". */
  enhanced: Record<string, EnhancedTranslation>;
  /** Keyed "5.X.X", "X.1.X". */
  groups: Record<string, GroupTranslation>;
  /** Keyed "a|b" exactly as the pair is written in data/pairs.ts. */
  pairs: Record<string, PairTranslation>;
  /** Keyed by provider response id. */
  providers: Record<string, ProviderResponseTranslation>;
  /** Provider names and link titles. */
  providerLabels: ProviderLabelTranslations;
}

/**
 * Labels that are not prose: a provider's name where it holds descriptive words ("Amazon SES
 * (sending)"), keyed by provider id, and a link's title, keyed by its URL (one page, one title,
 * wherever the link is listed). A label missing here is shown in English.
 */
export interface ProviderLabelTranslations {
  names: Record<string, string>;
  links: Record<string, string>;
}

/** A provider response's prose; codes, match fragments, links and dates stay as they are. */
export interface ProviderResponseTranslation {
  title: string;
  meaning: string;
  fix: string[];
  retryAdvice: string;
  differsFromRegistry?: string;
  warnings?: string[];
}

/** Keyed by provider response id ("gmail-550-5.7.26-unauthenticated"). */
export type ProviderTranslations = Record<string, ProviderResponseTranslation>;
