/**
 * What a user asked for, from the text after `/smtp`, a mention, a console line or the CLI's
 * arguments: explain codes, compare two, search by words, diagnose a paste, or help.
 */
import { isProviderCode, looksLikeCode, parseCode, providerByName } from '../catalog/index.js';

export type Query =
  | { type: 'help' }
  | { type: 'explain'; codes: string[] }
  | { type: 'compare'; a: string; b: string }
  /**
   * `orDiagnose`: words given without "search" may be a short paste ("550 5.1.1 Recipient address
   * rejected: User unknown", "Error: Greeting never received"), diagnosed when they hold a failure.
   */
  | { type: 'search'; words: string; orDiagnose?: true }
  | { type: 'diagnose'; text: string }
  /** "TSS04", "gmail 5.7.26", "outlook 550 5.7.1 S3150": a provider's own meaning. */
  | { type: 'provider'; provider?: string; codes: string[] };

const HELP = new Set(['', 'help', '--help', '-h', '?', 'usage']);
const VERSUS = /^(\S+)\s+(?:vs\.?|versus|or|and)\s+(\S+)$/i;

/** Words after which the rest is a paste, not a query. */
function isPaste(text: string): boolean {
  return text.includes('\n') || text.length > 200;
}

export function parseQuery(raw: string): Query {
  const text = raw.trim();
  if (HELP.has(text.toLowerCase())) return { type: 'help' };
  const [first = '', ...restWords] = text.split(/\s+/);
  const rest = text.slice(first.length).trim();
  switch (first.toLowerCase()) {
    case 'explain':
      return rest ? parseQuery(rest) : { type: 'help' };
    case 'compare': {
      const [a, b] = rest.split(/\s+(?:vs\.?|versus|and|with)?\s*/i).filter(Boolean);
      if (a && b && restWords.length <= 3) return { type: 'compare', a, b };
      return { type: 'explain', codes: restWords };
    }
    case 'search':
    case 'find':
      return rest ? { type: 'search', words: rest } : { type: 'help' };
    case 'diagnose':
      return { type: 'diagnose', text: raw.trim().slice(first.length).replace(/^[ \t]*\n?/, '') };
  }
  const versus = VERSUS.exec(text);
  if (versus && parseCode(versus[1]!) && parseCode(versus[2]!)) {
    return { type: 'compare', a: versus[1]!, b: versus[2]! };
  }
  if (isPaste(text)) return { type: 'diagnose', text: raw };
  const tokens = text.split(/\s+/);
  const isCode = (t: string) => Boolean(parseCode(t)) || isProviderCode(t);
  if (tokens.length >= 2 && tokens.length <= 4 && providerByName(tokens[0]!) && tokens.slice(1).every(isCode)) {
    return { type: 'provider', provider: tokens[0]!, codes: tokens.slice(1) };
  }
  if (tokens.some((t) => !parseCode(t) && isProviderCode(t)) && tokens.every(isCode)) {
    return { type: 'provider', codes: tokens };
  }
  if (tokens.every((t) => parseCode(t) || looksLikeCode(t))) return { type: 'explain', codes: tokens };
  return { type: 'search', words: text, orDiagnose: true };
}
