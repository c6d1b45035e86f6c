/**
 * What the Slack adapter asks of the core. Listeners get this interface rather than importing the
 * core themselves, so the bench can compare the real thing against a bare Bolt app on equal terms.
 */
import { lookup } from '../catalog/index.js';
import { readBytes } from '../diagnose/read/file.js';
import type { Answer } from '../present/answer.js';
import { fixStepsAnswer } from '../present/explain.js';
import { messages } from '../present/i18n/index.js';
import { answerPaste, answerQuery } from '../present/respond.js';
import { TtlCache } from './guard/ttl-cache.js';

export interface Core {
  /** Everything after `/smtp`, or a mention without the mention. */
  query(input: string, lang: string): Promise<Answer>;
  /** A message nobody addressed to the bot. */
  paste(text: string, lang: string): Promise<{ autoReply: boolean; answer: Answer }>;
  /** Only the fix steps of one code, for the "Fix steps" button. */
  fixSteps(code: string, lang: string): Promise<Answer>;
  /** The text of a shared file's bytes (a raw .eml in any charset, a log, a snippet). */
  fileText(bytes: Uint8Array): Promise<string>;
}

export const COMMAND_PREFIX = '/smtp ';

/**
 * Answers to short queries depend only on the static catalog, and during an incident everyone asks
 * the same few codes: a small cache saves the work. Pastes (long, unique) are never cached. Cached
 * answers are shared, so callers must treat them as read-only (renderers and redaction copy).
 */
const answers = new TtlCache<Promise<Answer>>(500, 10 * 60 * 1000);
const CACHEABLE_LENGTH = 200;

function cachedQuery(input: string, lang: string): Promise<Answer> {
  if (input.length > CACHEABLE_LENGTH || input.includes('\n')) return answerQuery(input, { lang, commandPrefix: COMMAND_PREFIX });
  const key = `${lang}\u0000${input.trim()}`;
  const hit = answers.get(key);
  if (hit) return hit;
  const pending = answerQuery(input, { lang, commandPrefix: COMMAND_PREFIX });
  answers.set(key, pending);
  pending.catch(() => answers.delete(key));
  return pending;
}

export const realCore: Core = {
  query: cachedQuery,
  paste: async (text, lang) => {
    const { autoReply, answer } = await answerPaste(text, { lang, max: 5 });
    return { autoReply, answer };
  },
  fixSteps: async (code, lang) => {
    const entry = lookup(code, lang);
    // A code the catalog lacks gets the ordinary "unknown code" answer instead of an empty one.
    return entry ? fixStepsAnswer(entry, messages(lang)) : answerQuery(code, { lang, commandPrefix: COMMAND_PREFIX });
  },
  fileText: readBytes,
};
