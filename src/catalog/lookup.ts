/** Looking a code up: the catalog's answer for "421", "5.2.2" or "X.2.2", in a language. */
import { classOf, defaultRetry, type CodeEntry } from './entry.js';
import { detailKey, parseCode } from './codes.js';
import { catalogLanguage, type CatalogLanguage } from './i18n/index.js';
import type { ReplyTranslation } from './i18n/types.js';
import { catalogData } from './load.js';
import type { EnhancedCodeData, ReplyCodeData } from './schema.js';

function replyEntry(r: ReplyCodeData, tr: ReplyTranslation | undefined): CodeEntry {
  return {
    kind: 'reply',
    code: r.code,
    class: classOf(r.code),
    title: tr?.title ?? r.title,
    meaning: tr?.meaning ?? r.meaning,
    whenSeen: tr?.whenSeen ?? r.whenSeen,
    fix: tr?.fix ?? r.fix,
    whoActs: r.whoActs,
    retry: { policy: r.retry.policy, advice: tr?.retryAdvice ?? r.retry.advice },
    rfcs: r.rfcs,
    seeAlso: r.seeAlso,
    keywords: [...r.keywords, ...(tr?.keywords ?? [])],
    notes: tr?.notes ?? r.notes,
    registered: true,
    phases: r.phases,
    variants: r.variants.map((v, i) => ({ ...v, ...(tr?.variants?.[i] ?? {}) })),
    commonEnhanced: r.commonEnhanced,
  };
}

/**
 * An enhanced detail seen through a class: 5.2.2 is X.2.2 with what the data says changes for 5.
 * A translated field is used where the overlay has it; a missing one falls back to English.
 */
function enhancedEntry(code: string, e: EnhancedCodeData, language: CatalogLanguage): CodeEntry {
  const digit = code.charAt(0) as '2' | '4' | '5';
  const cls = classOf(code);
  const tr = language.translations?.enhanced[e.code];
  const over = e.byClass[digit] ?? {};
  const trOver = tr?.byClass?.[digit] ?? {};
  const pick = <K extends 'meaning' | 'whenSeen' | 'fix'>(field: K) =>
    over[field] !== undefined ? (trOver[field] ?? over[field]) : (tr?.[field] ?? e[field]);
  const notes = [...(tr?.notes ?? e.notes)];
  if (!e.usedWith.includes(digit)) {
    notes.unshift(language.phrases.usedWith(e.code, e.usedWith.map((d) => `${d}.X.X`).join(language.phrases.or), digit));
  }
  const retry = over.retry
    ? { policy: over.retry.policy, advice: trOver.retryAdvice ?? over.retry.advice }
    : e.retry[digit]
      ? { policy: e.retry[digit].policy, advice: tr?.retryAdvice?.[digit] ?? e.retry[digit].advice }
      : defaultRetry(cls, language.phrases);
  return {
    kind: 'enhanced',
    code,
    class: cls,
    title: tr?.title ?? e.title,
    meaning: pick('meaning')!,
    whenSeen: pick('whenSeen')!,
    fix: pick('fix')!,
    whoActs: over.whoActs ?? (cls === 'success' ? 'nobody' : e.whoActs),
    retry,
    rfcs: e.rfcs,
    seeAlso: e.seeAlso.filter((s) => s !== code),
    keywords: [...e.keywords, ...(tr?.keywords ?? [])],
    notes,
    registered: true,
    usedWith: e.usedWith,
    typicalReplies: e.typicalReplies,
  };
}

/**
 * A well-formed enhanced code that no registry holds (Microsoft's 5.7.708, 5.1.351): explained from
 * its class and subject, and marked unregistered so the answer can send people to the provider entry.
 */
function unregisteredEnhanced(code: string, language: CatalogLanguage): CodeEntry | undefined {
  const data = catalogData();
  const [digit, subject] = code.split('.');
  const clsGroup = data.groups.get(`${digit}.X.X`);
  const subjGroup = data.groups.get(`X.${subject}.X`);
  if (!clsGroup || !subjGroup) return undefined;
  const groupText = (key: string, g: { title: string; meaning: string }) => language.translations?.groups[key] ?? g;
  const cls = groupText(`${digit}.X.X`, clsGroup);
  const subj = groupText(`X.${subject}.X`, subjGroup);
  const c = classOf(code);
  const p = language.phrases.unregistered;
  return {
    kind: 'enhanced',
    code,
    class: c,
    title: p.title(subj.title),
    meaning: p.meaning(code, cls.meaning, subj.meaning),
    whenSeen: p.whenSeen,
    fix: p.fix,
    whoActs: c === 'permanent' ? 'sender' : 'nobody',
    retry: defaultRetry(c, language.phrases),
    rfcs: ['RFC 3463'],
    seeAlso: [],
    keywords: [],
    notes: [],
    registered: false,
  };
}

/**
 * Looks up a reply code ("421"), an enhanced code ("4.2.2"), or a registry key ("X.2.2", answered
 * as its most usual class), in a language (English where there is no translation).
 */
export function lookup(input: string, lang?: string): CodeEntry | undefined {
  const token = parseCode(input);
  if (!token) return undefined;
  const data = catalogData();
  const language = catalogLanguage(lang);
  if (token.kind === 'reply') {
    const r = data.replies.get(token.code);
    return r ? replyEntry(r, language.translations?.replies[r.code]) : undefined;
  }
  if (token.code.startsWith('X.')) {
    const e = data.enhanced.get(token.code);
    if (!e) return undefined;
    const digit = e.usedWith.includes('5') ? '5' : (e.usedWith[0] ?? '5');
    return enhancedEntry(`${digit}${token.code.slice(1)}`, e, language);
  }
  const e = data.enhanced.get(detailKey(token.code));
  return e ? enhancedEntry(token.code, e, language) : unregisteredEnhanced(token.code, language);
}

/** Every registered code, reply codes first, each enhanced detail under the classes it is used with. */
export function allEntries(lang?: string): CodeEntry[] {
  const data = catalogData();
  const language = catalogLanguage(lang);
  const out: CodeEntry[] = [...data.replies.values()].map((r) => replyEntry(r, language.translations?.replies[r.code]));
  for (const e of data.enhanced.values()) {
    for (const digit of e.usedWith) out.push(enhancedEntry(`${digit}${e.code.slice(1)}`, e, language));
  }
  return out;
}
