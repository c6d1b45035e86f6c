/**
 * A code as the product explains it: a reply code, or an enhanced status code seen through its
 * class. This is what `smtp 421 --json` prints for each code, so its field names are public.
 */
import type { CatalogPhrases } from './i18n/index.js';
import type { CodeClass, ReplyCodeData, Retry, SmtpPhase, WhoActs } from './schema.js';

export interface CodeEntry {
  kind: 'reply' | 'enhanced';
  /** "550" or "5.1.1" (never "X.1.1": an enhanced entry always has its class). */
  code: string;
  class: CodeClass;
  title: string;
  meaning: string;
  whenSeen: string[];
  fix: string[];
  whoActs: WhoActs;
  retry: Retry;
  rfcs: string[];
  seeAlso: string[];
  keywords: string[];
  notes: string[];
  /** False for a well-formed code that no registry defines (5.7.708): explained from its class and subject. */
  registered: boolean;
  /** Reply codes: the phases or commands that produce it. */
  phases?: SmtpPhase[];
  /** Reply codes: meanings that depend on the command context (530 after AUTH or before STARTTLS). */
  variants?: ReplyCodeData['variants'];
  /** Reply codes: enhanced codes usually sent with it. */
  commonEnhanced?: string[];
  /** Enhanced codes: the classes it is registered for, and the reply codes it usually comes with. */
  usedWith?: string[];
  typicalReplies?: string[];
}

const CLASS_BY_DIGIT: Record<string, CodeClass> = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
};

export function classOf(code: string): CodeClass {
  const cls = CLASS_BY_DIGIT[code.charAt(0)];
  if (!cls) throw new Error(`not an SMTP code: ${code}`);
  return cls;
}

/** What a client does by default for a class when the data gives no specific advice. */
export function defaultRetry(cls: CodeClass, phrases: CatalogPhrases): Retry {
  const policy = cls === 'transient' ? 'automatic' : cls === 'permanent' ? 'after-fix' : 'not-needed';
  return { policy, advice: phrases.defaultRetry[cls] };
}
