/**
 * From what a user typed to what we answer. `resolve` does the work and returns data (what
 * `--json` prints); `toAnswer` turns that data into the neutral Answer every adapter renders.
 */
import {
  compare,
  lookup,
  oneEditAway,
  parseCode,
  readTogether,
  search,
  suggest,
  lookupProviderCode,
  providerByName,
  localProvider,
  providerResponsesFor,
  responsesWithCode,
  type CodeEntry,
  type Comparison,
  type ProviderMatch,
  type SearchHit,
} from '../catalog/index.js';
import { diagnose } from '../diagnose/index.js';
import { LOG_LINE_START } from '../diagnose/log-verdict.js';
import type { Diagnosis } from '../diagnose/types.js';
import type { Answer } from './answer.js';
import { compareAnswer } from './compare.js';
import { diagnosisAnswer, noReplyReason } from './diagnosis.js';
import { explainAnswer } from './explain.js';
import { errorAnswer, helpAnswer } from './help.js';
import { messages, resolveLang, type Messages } from './i18n/index.js';
import { providerAnswer, providerUsageSection } from './provider.js';
import { parseQuery } from './query.js';
import { searchAnswer } from './search.js';

export type Resolution =
  | { type: 'help'; query: string }
  | { type: 'explain'; query: string; entries: CodeEntry[]; notes: string[]; warnings: string[]; providerUsage: ProviderMatch[] }
  | { type: 'compare'; query: string; comparison: Comparison }
  | { type: 'search'; query: string; words: string; hits: SearchHit[] }
  | { type: 'diagnose'; query: string; diagnosis: Diagnosis }
  | { type: 'provider'; query: string; provider: string | null; matches: ProviderMatch[]; entries: CodeEntry[]; missing: boolean }
  | { type: 'unknown'; query: string; token: string; suggestions: string[] }
  | { type: 'error'; query: string; message: keyof Messages['errors'] };

const MAX_CODES = 3;

function unknown(query: string, token: string): Resolution {
  return { type: 'unknown', query, token, suggestions: suggest(token) };
}


export async function resolve(input: string, lang?: string): Promise<Resolution> {
  lang = resolveLang(lang);
  const query = input.trim();
  const q = parseQuery(input);
  switch (q.type) {
    case 'help':
      return { type: 'help', query };
    case 'explain': {
      if (q.codes.length > MAX_CODES) return { type: 'error', query, message: 'tooManyCodes' };
      const entries: CodeEntry[] = [];
      for (const token of q.codes) {
        const entry = parseCode(token) ? lookup(token, lang) : undefined;
        if (!entry) return unknown(query, token);
        if (!entry.registered) {
          // A provider's private detail (5.7.708) is answered from the provider catalog.
          const matches = responsesWithCode(entry.code);
          if (matches.length) return { type: 'provider', query, provider: null, matches, entries: [], missing: false };
          // 5.1.11 is far more likely a typo of 5.1.1 than a private code; 5.7.999 is not near anything.
          if (oneEditAway(entry.code).length) return unknown(query, token);
        }
        entries.push(entry);
      }
      const reply = entries.find((e) => e.kind === 'reply');
      const enhanced = entries.find((e) => e.kind === 'enhanced');
      const together = reply && enhanced ? readTogether(reply, enhanced, lang) : { notes: [], warnings: [] };
      const main = enhanced ?? reply;
      const providerUsage = main ? responsesWithCode(main.code) : [];
      return { type: 'explain', query, entries, notes: together.notes, warnings: together.warnings, providerUsage };
    }
    case 'compare': {
      const c = compare(q.a, q.b, lang);
      if ('unknown' in c) return unknown(query, c.unknown);
      return { type: 'compare', query, comparison: c };
    }
    case 'search': {
      // A server's reply or a library's connection error, not words to look up: what it holds
      // is a real failure (as sure as a channel paste must be), or no server answered at all.
      if (q.orDiagnose) {
        const diagnosis = await diagnose(q.words);
        if (diagnosis.autoReply || (diagnosis.findings.length && diagnosis.findings.every((f) => noReplyReason(f))) ||
            (LOG_LINE_START.test(q.words) && diagnosis.findings.some((f) => f.reason !== 'undefined'))) {
          return { type: 'diagnose', query, diagnosis };
        }
      }
      return { type: 'search', query, words: q.words, hits: search(q.words, 8, lang) };
    }
    case 'provider':
      return resolveProvider(query, q.provider, q.codes, lang);
    case 'diagnose':
      if (!q.text.trim()) return { type: 'error', query, message: 'emptyDiagnose' };
      return { type: 'diagnose', query, diagnosis: await diagnose(q.text) };
  }
}

/** "gmail 5.7.26", "TSS04", "outlook 550 5.7.1 S3150": the provider's entries, most specific first. */
function resolveProvider(query: string, providerWord: string | undefined, codes: string[], lang: string): Resolution {
  const provider = providerWord ? providerByName(providerWord) : undefined;
  const standard = codes.filter((c) => parseCode(c));
  const entries = standard.map((c) => lookup(c, lang)).filter((e): e is CodeEntry => Boolean(e?.registered));
  const own = codes.filter((c) => !parseCode(c));
  let matches: ProviderMatch[] = own.flatMap((c) => lookupProviderCode(c));
  if (provider) {
    const byCode = codes.flatMap((c) => providerResponsesFor(provider, c));
    // Most specific first: responses that carry every code the user gave.
    const score = (x: ProviderMatch) => codes.filter((c) => [x.response.reply, x.response.enhanced, x.response.providerCode].includes(c)).length;
    matches = [...new Map([...matches, ...byCode].filter((x) => x.provider.id === provider.id).map((x) => [x.response.id, x])).values()]
      .sort((a, b) => score(b) - score(a));
  }
  return { type: 'provider', query, provider: provider?.id ?? null, matches, entries, missing: matches.length === 0 };
}

export function toAnswer(r: Resolution, lang?: string, opts: { commandPrefix?: string } = {}): Answer {
  const m = messages(lang);
  switch (r.type) {
    case 'help':
      return helpAnswer(m, opts.commandPrefix);
    case 'explain': {
      const answer = explainAnswer(r.entries, r.query, m);
      const usage = providerUsageSection(r.providerUsage, m);
      if (usage) answer.sections.push(usage);
      return answer;
    }
    case 'provider': {
      const known = providerByName(r.provider ?? '');
      const note = r.missing ? m.provider.noneFor(known ? localProvider(known, m.lang).name : r.provider ?? '', r.query) : undefined;
      if (r.missing && r.entries.length === 0) return errorAnswer(m.errors.unknownCode(r.query), r.query, []);
      return providerAnswer(r.matches, r.entries, r.query, m, note);
    }
    case 'compare':
      return compareAnswer(r.comparison, r.query, m);
    case 'search':
      return searchAnswer(r.words, r.hits, m);
    case 'diagnose':
      return diagnosisAnswer(r.diagnosis, m, { query: r.query, text: r.query });
    case 'unknown':
      return errorAnswer(m.errors.unknownCode(r.token), r.query, r.suggestions);
    case 'error': {
      const msg = m.errors[r.message];
      return errorAnswer(typeof msg === 'string' ? msg : m.errors.internal, r.query);
    }
  }
}

/** Everything after `/smtp`, a mention's text, or a console line → the Answer to show. */
export async function answerQuery(input: string, opts: { lang?: string; commandPrefix?: string } = {}): Promise<Answer> {
  return toAnswer(await resolve(input, opts.lang), opts.lang, opts);
}

/** A message nobody addressed to the bot: answer only when it really holds an SMTP failure. */
export async function answerPaste(text: string, opts: { lang?: string; max?: number } = {}): Promise<{ autoReply: boolean; diagnosis: Diagnosis; answer: Answer }> {
  const diagnosis = await diagnose(text);
  const answer = diagnosisAnswer(diagnosis, messages(opts.lang), { compact: true, max: opts.max ?? 5, text });
  return { autoReply: diagnosis.autoReply, diagnosis, answer };
}
