/** Looking a code up: the catalog's answer for "421", "5.2.2" or "X.2.2". */
import { classOf, defaultRetry, type CodeEntry } from './entry.js';
import { detailKey, parseCode } from './codes.js';
import { catalogData } from './load.js';
import type { EnhancedCodeData, ReplyCodeData } from './schema.js';

function replyEntry(r: ReplyCodeData): CodeEntry {
  return {
    kind: 'reply',
    code: r.code,
    class: classOf(r.code),
    title: r.title,
    meaning: r.meaning,
    whenSeen: r.whenSeen,
    fix: r.fix,
    whoActs: r.whoActs,
    retry: r.retry,
    rfcs: r.rfcs,
    seeAlso: r.seeAlso,
    keywords: r.keywords,
    notes: r.notes,
    registered: true,
    phases: r.phases,
    variants: r.variants,
    commonEnhanced: r.commonEnhanced,
  };
}

/** An enhanced detail seen through a class: 5.2.2 is X.2.2 with what the data says changes for 5. */
function enhancedEntry(code: string, e: EnhancedCodeData): CodeEntry {
  const digit = code.charAt(0) as '2' | '4' | '5';
  const cls = classOf(code);
  const over = e.byClass[digit] ?? {};
  const notes = [...e.notes];
  if (!e.usedWith.includes(digit)) {
    notes.unshift(
      `${e.code} is normally sent as ${e.usedWith.map((d) => `${d}.X.X`).join(' or ')}, not ${digit}.X.X: the server is using it unusually, so rely on the reply code and the server's text.`,
    );
  }
  return {
    kind: 'enhanced',
    code,
    class: cls,
    title: e.title,
    meaning: over.meaning ?? e.meaning,
    whenSeen: over.whenSeen ?? e.whenSeen,
    fix: over.fix ?? e.fix,
    whoActs: over.whoActs ?? (cls === 'success' ? 'nobody' : e.whoActs),
    retry: over.retry ?? e.retry[digit] ?? defaultRetry(cls),
    rfcs: e.rfcs,
    seeAlso: e.seeAlso.filter((s) => s !== code),
    keywords: e.keywords,
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
function unregisteredEnhanced(code: string): CodeEntry | undefined {
  const data = catalogData();
  const [digit, subject] = code.split('.');
  const cls = data.groups.get(`${digit}.X.X`);
  const subj = data.groups.get(`X.${subject}.X`);
  if (!cls || !subj) return undefined;
  const c = classOf(code);
  return {
    kind: 'enhanced',
    code,
    class: c,
    title: `${subj.title} (unregistered detail)`,
    meaning: `${code} is not in the IANA registry, so only its first two parts carry a standard meaning. ${cls.meaning} ${subj.meaning}`,
    whenSeen: ['Large providers and some MTAs add their own detail numbers to a registered class and subject; the text after the code is the real explanation.'],
    fix: ['Read the text the server sent with the code: it names the cause.', 'Look the code up together with the provider that sent it (for example "smtp microsoft 5.7.708").'],
    whoActs: c === 'success' ? 'nobody' : c === 'transient' ? 'nobody' : 'sender',
    retry: defaultRetry(c),
    rfcs: ['RFC 3463'],
    seeAlso: [],
    keywords: [],
    notes: [],
    registered: false,
  };
}

/** Looks up a reply code ("421"), an enhanced code ("4.2.2"), or a registry key ("X.2.2" → 5.2.2 or 2.x.x). */
export function lookup(input: string): CodeEntry | undefined {
  const token = parseCode(input);
  if (!token) return undefined;
  const data = catalogData();
  if (token.kind === 'reply') {
    const r = data.replies.get(token.code);
    return r ? replyEntry(r) : undefined;
  }
  if (token.code.startsWith('X.')) {
    const e = data.enhanced.get(token.code);
    if (!e) return undefined;
    const digit = e.usedWith.includes('5') ? '5' : (e.usedWith[0] ?? '5');
    return enhancedEntry(`${digit}${token.code.slice(1)}`, e);
  }
  const e = data.enhanced.get(detailKey(token.code));
  return e ? enhancedEntry(token.code, e) : unregisteredEnhanced(token.code);
}

/** Every registered code, reply codes first, each enhanced detail under the classes it is used with. */
export function allEntries(): CodeEntry[] {
  const data = catalogData();
  const out: CodeEntry[] = [...data.replies.values()].map(replyEntry);
  for (const e of data.enhanced.values()) {
    for (const digit of e.usedWith) out.push(enhancedEntry(`${digit}${e.code.slice(1)}`, e));
  }
  return out;
}
