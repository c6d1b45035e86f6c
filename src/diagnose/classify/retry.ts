/** A wait the server names: "try again in 5 minutes", "greylisted for 300 seconds", "Retry-After: 120". */

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

function seconds(n: string, unit: string): number | null {
  const v = Number(n);
  if (!Number.isFinite(v)) return null;
  const u = unit.toLowerCase();
  const key = u.startsWith('h') ? 'h' : u.startsWith('d') ? 'd' : u.startsWith('m') && !u.startsWith('ms') ? 'm' : 's';
  return u.startsWith('ms') ? Math.round(v / 1000) : v * UNIT[key]!;
}

const AFTER_WORDS = /(?:try(?:ing)? (?:again|later)|retry|wait|come back|resend|reconnect|again)\s+(?:in|after|for)\s+(?:at least\s+|about\s+|another\s+)?(\d{1,6})\s*(sec(?:ond)?s?|s|min(?:ute)?s?|m|hours?|hrs?|h|days?)\b/i;
const GREYLIST = /gr[ae]y-?list(?:ed|ing)?\b[^\n]{0,80}?(\d{1,6})\s*(sec(?:ond)?s?|s|min(?:ute)?s?|m|hours?|hrs?|h)\b/i;
const RETRY_AFTER = /retry-after\s*:\s*(\d{1,7})\b/i;
/** milter-greylist: "please come back in 00:05:00". */
const CLOCK = /come back in (\d{1,2}):(\d\d):(\d\d)\b/i;

export function retryAfterSeconds(text: string): number | null {
  const t = text.length > 8192 ? text.slice(0, 8192) : text;
  let m = AFTER_WORDS.exec(t);
  if (m) return seconds(m[1]!, m[2]!);
  m = GREYLIST.exec(t);
  if (m) return seconds(m[1]!, m[2]!);
  m = RETRY_AFTER.exec(t);
  if (m) return Number(m[1]);
  m = CLOCK.exec(t);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return null;
}
