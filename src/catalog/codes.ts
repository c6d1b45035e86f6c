/** Recognising the codes a user types: "421", "5.1.1", "X.1.1", and the shapes that are almost codes. */

export type CodeToken =
  | { kind: 'reply'; code: string }
  | { kind: 'enhanced'; code: string };

const REPLY = /^[2-5][0-5][0-9]$/;
const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})$/;
const ENHANCED_X = /^[xX]\.(\d{1,3})\.(\d{1,3})$/;

/** Parses one token as a code, or returns undefined. Leading zeros in enhanced parts are dropped. */
export function parseCode(token: string): CodeToken | undefined {
  const t = token.trim();
  if (REPLY.test(t)) return { kind: 'reply', code: t };
  const m = ENHANCED.exec(t);
  if (m) return { kind: 'enhanced', code: `${m[1]}.${Number(m[2])}.${Number(m[3])}` };
  const x = ENHANCED_X.exec(t);
  if (x) return { kind: 'enhanced', code: `X.${Number(x[1])}.${Number(x[2])}` };
  return undefined;
}

/** Tokens that look like a code someone meant to type: digits, dots, and look-alike letters. */
export function looksLikeCode(token: string): boolean {
  return /^[0-9OoIlxX.]{3,12}$/.test(token) && /\d/.test(token);
}

/** The registry key of an enhanced code: 5.1.1 -> X.1.1. */
export function detailKey(enhanced: string): string {
  return `X${enhanced.slice(enhanced.indexOf('.'))}`;
}
