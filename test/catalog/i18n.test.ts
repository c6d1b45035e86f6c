/**
 * Every language other than English must translate every entry of the catalog: a missing entry
 * would silently answer in English in the middle of a Korean answer. An overlay replaces words
 * only, so arrays keep the English length and order, and the codes the English names stay in it.
 */
import { describe, expect, it } from 'vitest';
import { catalogLanguage, catalogLanguages, type CatalogTranslations } from '../../src/catalog/i18n/index.js';
import { lookup, providers } from '../../src/catalog/index.js';
import { rawCatalog } from '../../src/catalog/load.js';

const translated = catalogLanguages.filter((l) => l !== 'en');
/** A script per language: any text in it must be written in that script, not left in English. */
const SCRIPT: Record<string, RegExp> = { ko: /[\uac00-\ud7a3]/ };

/** Codes a sentence names (550, 5.7.26, X.1.1): a translation may not lose or change them. */
const CODE = /(?<![\w.])(?:[2-5][0-9]{2}|[245X]\.[0-9]{1,3}\.[0-9]{1,3})(?![\w]|\.[0-9])/g;
const codesIn = (s: string) => new Set(s.match(CODE) ?? []);

interface Pair {
  where: string;
  en: unknown;
  tr: unknown;
}

/** Walk the English and the overlay side by side over the fields the overlay carries. */
function* strings(where: string, en: unknown, tr: unknown): Generator<Pair> {
  if (typeof tr === 'string') {
    yield { where, en, tr };
  } else if (Array.isArray(tr)) {
    for (const [i, item] of tr.entries()) yield* strings(`${where}[${i}]`, Array.isArray(en) ? en[i] : undefined, item);
  } else if (tr && typeof tr === 'object') {
    for (const [k, v] of Object.entries(tr)) {
      if (k === 'keywords') continue;
      yield* strings(`${where}.${k}`, en && typeof en === 'object' ? (en as Record<string, unknown>)[k] : undefined, v);
    }
  }
}

function englishOf(kind: keyof CatalogTranslations, key: string): unknown {
  switch (kind) {
    case 'replies': {
      const r = rawCatalog.replies.find((x) => x.code === key);
      return r && { ...r, retryAdvice: r.retry.advice };
    }
    case 'enhanced': {
      const e = rawCatalog.enhanced.find((x) => x.code === key);
      if (!e) return undefined;
      const retryAdvice = Object.fromEntries(Object.entries(e.retry ?? {}).map(([d, r]) => [d, r.advice]));
      const byClass = Object.fromEntries(Object.entries(e.byClass ?? {}).map(([d, o]) => [d, { ...o, retryAdvice: o.retry?.advice }]));
      return { ...e, retryAdvice, byClass };
    }
    case 'groups':
      return rawCatalog.groups.find((g) => g.code === key);
    case 'pairs':
      return rawCatalog.pairs.find((p) => `${p.a}|${p.b}` === key);
    case 'providers': {
      const r = providers().flatMap((p) => p.responses).find((x) => x.id === key);
      return r && { ...r, retryAdvice: r.retry.advice };
    }
  }
}

/** The prose overlays, keyed by entry; provider labels are checked on their own below. */
const expectedKeys: Record<Exclude<keyof CatalogTranslations, 'providerLabels'>, () => string[]> = {
  replies: () => rawCatalog.replies.map((r) => r.code),
  enhanced: () => rawCatalog.enhanced.map((e) => e.code),
  groups: () => rawCatalog.groups.map((g) => g.code),
  pairs: () => rawCatalog.pairs.map((p) => `${p.a}|${p.b}`),
  providers: () => providers().flatMap((p) => p.responses.map((r) => r.id)),
};
const kinds = Object.keys(expectedKeys) as (keyof typeof expectedKeys)[];

describe.each(translated)('catalog in %s', (lang) => {
  const language = catalogLanguage(lang);
  const script = SCRIPT[lang];

  it('is registered with phrases and a translation of every kind of entry', () => {
    expect(language.translations).toBeDefined();
    expect(language.phrases).not.toBe(catalogLanguage('en').phrases);
    expect(script, `no script check for ${lang}`).toBeDefined();
  });

  describe.each(kinds)('%s', (kind) => {
    const overlay = () => language.translations![kind] as Record<string, unknown>;

    it('translates every entry and nothing that is not in the catalog', () => {
      const want = expectedKeys[kind]().sort();
      const have = Object.keys(overlay()).sort();
      expect(want.filter((k) => !have.includes(k)), 'entries without a translation').toEqual([]);
      expect(have.filter((k) => !want.includes(k)), 'translations of entries the catalog does not have').toEqual([]);
    });

    it('keeps array lengths, writes every sentence in the language and keeps the codes it names', () => {
      const problems: string[] = [];
      for (const [key, tr] of Object.entries(overlay())) {
        const en = englishOf(kind, key);
        for (const field of ['whenSeen', 'fix', 'notes', 'warnings', 'variants'] as const) {
          const e = (en as Record<string, unknown> | undefined)?.[field];
          const t = (tr as Record<string, unknown>)[field];
          if (Array.isArray(t) && Array.isArray(e) && t.length !== e.length) problems.push(`${key}.${field}: ${t.length} items, English has ${e.length}`);
          if (Array.isArray(e) && e.length && t === undefined && field !== 'variants') problems.push(`${key}.${field}: missing`);
        }
        for (const field of ['title', 'meaning', 'retryAdvice', 'differsFromRegistry', 'keyDifference', 'whenToUseWhich'] as const) {
          const e = (en as Record<string, unknown> | undefined)?.[field];
          if (typeof e === 'string' && typeof (tr as Record<string, unknown>)[field] !== 'string') problems.push(`${key}.${field}: missing`);
        }
        for (const s of strings(key, en, tr)) {
          if (!script!.test(s.tr as string)) problems.push(`${s.where}: not in ${lang}: ${String(s.tr).slice(0, 60)}`);
          if (typeof s.en === 'string') {
            const lost = [...codesIn(s.en)].filter((c) => !(s.tr as string).includes(c));
            if (lost.length) problems.push(`${s.where}: drops ${lost.join(', ')}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('titles every provider link, names only providers the catalog has, and writes descriptive names in the language', () => {
    const labels = language.translations!.providerLabels;
    const urls = new Set(providers().flatMap((p) => [...p.links, ...p.responses.flatMap((r) => r.links)].map((l) => l.url)));
    expect([...urls].filter((u) => !labels.links[u]), 'links without a title').toEqual([]);
    expect(Object.keys(labels.links).filter((u) => !urls.has(u)), 'titles of links the catalog does not have').toEqual([]);
    const ids = new Set(providers().map((p) => p.id));
    expect(Object.keys(labels.names).filter((id) => !ids.has(id)), 'names of providers the catalog does not have').toEqual([]);
    for (const [id, name] of Object.entries(labels.names)) expect(name, id).toMatch(script!);
  });

  it('answers a lookup in the language, with the facts of the English entry', () => {
    for (const code of ['421', '550', '5.7.26', '4.2.2', 'X.1.1', '2.6.4']) {
      const en = lookup(code, 'en');
      const tr = lookup(code, lang);
      expect(tr, code).toBeDefined();
      expect(tr!.title, code).toMatch(script!);
      expect(tr!.meaning, code).toMatch(script!);
      expect({ who: tr!.whoActs, retry: tr!.retry.policy, cls: tr!.class, rfcs: tr!.rfcs }).toEqual({
        who: en!.whoActs,
        retry: en!.retry.policy,
        cls: en!.class,
        rfcs: en!.rfcs,
      });
    }
  });
});

describe('catalog languages', () => {
  it('has Korean', () => {
    expect(catalogLanguages).toContain('ko');
  });
});
