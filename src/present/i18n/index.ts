/** Picks the message catalog for a language; unknown languages fall back to English. */
import { en, type Messages } from './en.js';
import { ko } from './ko.js';

const catalogs: Record<string, Messages> = { en, ko };

export const languages = Object.keys(catalogs);

/** "ko", "ko-KR", "ko_KR.UTF-8" → "ko" when we have it; anything else → "en". */
export function resolveLang(lang: string | undefined): string {
  const base = (lang ?? '').toLowerCase().split(/[-_.]/)[0] ?? '';
  return base in catalogs ? base : 'en';
}

export function messages(lang?: string): Messages {
  return catalogs[resolveLang(lang)] ?? en;
}

export type { Messages };
