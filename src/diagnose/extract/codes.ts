/**
 * Reply codes and enhanced status codes, taken only from places where a server's answer really
 * stands: the start of a reply or transcript line, after "said:", "smtp;", "Status:", "dsn=",
 * "(#5.1.1)", an exception name, and the like. A number anywhere else (an IP address, a date, a
 * version, a port, a size, an HTTP status) is not a code.
 */
import { isLetter, isSpace } from '../chars.js';

export interface CodeSite {
  reply: string | null;
  enhanced: string | null;
  /** Offset in the line. */
  index: number;
  /** Paired reply + enhanced code, or a code in a DSN field: no context doubt remains. */
  strong: boolean;
}

// One pass per line: a reply code with an optional enhanced code, or an enhanced code alone.
const CANDIDATE = /(?<![\w.$€£+/-])(?:([2-5]\d\d)(?:(?:[ -]['"#(]?|: |, ?b?['"])([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d|\d))?|#?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d))/g;

/** Words after which a number is a server's answer: "said:", "response:", "failed:", "Status:". */
const INTRO = new Set([
  'said', 'says', 'say', 'saying', 'returned', 'return', 'response', 'responded', 'respond', 'reply', 'replied',
  'answer', 'answered', 'answers', 'replies', 'returns', 'error', 'err', 'errors', 'failed', 'failure', 'fail', 'exception', 'smtp', 'esmtp', 'dsn',
  'code', 'responsecode', 'smtpcode', 'smtp-code', 'smtp_code', 'status', 'stat', 'deferred',
  'rejected', 'refused', 'diagnostic', 'diagnostic-code', 'diagnosticcode', 'reason', 'was', 'text', 'with',
  'x-postfix', 'x-unix', 'x-local', 'mta', 'server', 'remote', 'reported', 'message', 'msg', 'details', 'detail',
  'description', 'response_code', 'statuscode', 'enhanced', 'enhancedstatuscode', 'enhanced-code', 'enhanced_code', 'enhancedcode', 'result', 'problem',
  'smtpresponse', 'smtp-response', 'reply-code', 'replycode', 'r', 'code=', 'retcode', 'permanently', 'temporarily',
  'e', 'x', 'because', 'reject', 'bounce', 'defer', 'com', 'avec', 'mit', 'con', 'met', 'lastresponse', 'last-response', 'last_response',
  // Haraka's disconnect line: lr="550 I cannot deliver mail for <a@b>" (its last response).
  'lr',
]);

/**
 * "Reason:" / "Error:" in the languages non-English reports are written in, before the code:
 * 原因 理由 错误 エラー 사유 이유 오류, Grund Fehler, raison erreur, motivo razón, причина ошибка,
 * reden fout, orsak fel, powód błąd. The CJK forms take the full-width colon too.
 */
const FOREIGN_INTRO = /(?:原因|理由|错误|錯誤|エラー|사유|이유|오류|grund|fehler|raison|erreur|motivo|razón|причина|ошибка|reden|fout|orsak|fel|powód|błąd)\s*[:：]$/i;

/** A count of things a word or two on: "550 rejected emails today", "421 new users". */
const COUNTED_AFTER = /^[ -]+(?:[A-Za-z-]{1,20} ){0,2}(?:e-?mails|mails|users|customers|people|accounts|requests|tickets|subscribers|contacts|sends|bounces|complaints|deliveries|orders)\b/i;
/** Talk about a code, not a reply: "550 means …", "421 is a soft bounce". */
const TALK_AFTER = /^[ -]+(?:means|meaning|is|are|was|were|stands|indicates|usually|typically|vs\.?|versus|or)\b/i;
/** A command line that searches logs for codes. */
const SHELL_SEARCH = /(?:^|[\s|;(`$])(?:[ez]?grep|zgrep|rg|ag|awk|sed)\s/;
/** A JSON key just before a number: "code": 550. */
const JSON_KEY_BEFORE = /"([A-Za-z_-]{1,40})"\s*:\s*$/;
/** Keys and key=value names under which a reply code stands. */
const CODE_KEYS = new Set(['code', 'status', 'statuscode', 'status_code', 'responsecode', 'response_code', 'smtpcode', 'smtp_code', 'smtp_status',
  'smtpstatus', 'reply', 'replycode', 'reply_code', 'errorcode', 'error_code', 'dsn', 'stat', 'retcode', 'result', 'smtp-code', 'reply-code']);
const ENHANCED_ANYWHERE = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;
/** A file name just before a number: "Foo.php:342", "Bar.java:88", "Baz.php (445)". */
const SOURCE_LINE_BEFORE = /\.[A-Za-z]{1,6}(?::| \(|\()$/;
/** What a library expected, not what the server sent: Symfony/SwiftMailer "Expected response code 250 but got …". */
const EXPECTED_CODE_BEFORE = /expected (?:response )?code\s*["']?$/i;

/** An MTA's log naming the address a reply was for, just before it: Courier's "addr=<a@b>: " and "from=<a@b>: ". */
const MTA_LOG_ADDRESS_BEFORE = /\b(?:addr|from)=<[^<>\s]{0,254}>: $/;

/** Words that make the following number something else. */
const NOT_INTRO = new Set(['http', 'https', 'port', 'version', 'ver', 'v', 'release', 'build', 'ftp', 'issue', 'pr', 'ticket', 'line']);

const HTTP_LINE = /\bcloudflare\b|\bwebmail\b|\bwebsite\b|\bbrowser\b|\bweb ?page\b|httperror|for url\b|\burl:|\bvarnish\b|\bbackend\b|\bhaproxy\b|\bupstream\b|\bproxy\b|\bhttps?\/\d|\bhttp (?:status|error|code|response)|\bstatus ?code\b|\bhttp\b|\bcurl\b|\bnginx\b|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) \/|\bapi\b|\bendpoint\b|\bwebhook\b/i;
/** HTTP's own reason phrases, as HTTP spells them (an API's JSON error: {"message":"Too Many Requests","code":421}). */
const HTTP_TITLE = /\b(?:Too Many Requests|Bad Gateway|Gateway Time-?out|Internal Server Error|Method Not Allowed|Payload Too Large|Unprocessable Entity|Misdirected Request)\b/;
const SMTP_WORD = /smtp|rcpt|mail from|\bmail failed:|ehlo|helo|mailbox|recipient|postfix|exim|sendmail|qmail|mx\b|\bdsn\b|bounce|undeliver|\bsaid\b/i;
const HTTP_PHRASE = /^[ -](?:internal server error|bad gateway|gateway time-?out|not found|forbidden|unauthorized|too many requests|bad request|not implemented|method not allowed|conflict|payload too large|unprocessable|http version)/i;
const UNIT_AFTER = /^[ -]?(?:k?b|kb|mb|gb|tb|ms|bytes|kbytes|mbytes|times|secs?|seconds|min|mins|minutes|hours?|hrs|days|weeks|months|years|%|percent|dollars?|usd|eur|px|mbps|kbps|ppl|people|persons|users|customers|mails|e-?mails|accounts|items|requests|tickets|subscribers|contacts|records|rows|files|jobs|tasks|sends|hits|clicks|opens|visitors|members|employees|orders|invoices)(?![a-z])/i;
/** Wording that makes a line-leading number a mail server's reply even without other context. */
const REPLYISH = /reject|denied|unavailable|refused|blocked|policy|mailbox|recipient|sender|relay|spam|closing|try again|temporar|not accepted|rate limit|too many|authentication|unrouteable|no such user|user unknown|unknown user|prohibit|not verified|verify failed|transaction failed|not local|has moved/i;
const LINE_MARKERS = /^\s*(?:(?:<<<|>>>|<~|~>|<-|->|\*\*|S:|C:|<|>|\||#|\d{1,2}[:.]\d\d(?::\d\d)?(?:\.\d+)?|remote:|server:|smtp:|reply:|response:)\s*)*$/i;

/** Whether an enhanced code's subject (the middle number) is one RFC 3463 defines, 0 to 7. */
function validSubject(enhanced: string): boolean {
  const dot = enhanced.indexOf('.', 2);
  return dot === 3 && enhanced.charCodeAt(2) <= 55;
}

/** SMTP reply codes that really occur; most HTTP-only 4xx and 5xx are left out. */
export function isReplyCode(code: string): boolean {
  const n = Number(code);
  const second = code.charCodeAt(1) - 48;
  if (second > 5 && n !== 571 && n !== 471) return false;
  if (n >= 400 && n <= 418) return false;
  if (n === 429 || n === 431 || n === 426 || n === 428 || n === 424 || n === 425 || n === 423) return false;
  if (n >= 505 && n <= 511) return false;
  return true;
}

/** Punctuation between a word and the code it introduces: "said: ", "code=", "(#", "<". */
function isGlue(c: number): boolean {
  // : ; = ( " ' [ < # , { * >
  return c === 58 || c === 59 || c === 61 || c === 40 || c === 34 || c === 39 || c === 91 || c === 60 || c === 35 ||
    c === 44 || c === 123 || c === 42 || c === 62 || isSpace(c);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 61 || c === 45;
}

/**
 * The word just before a code, lower-cased: within the prefix's last 60 characters, after the glue
 * before the code is skipped, the longest run of at most 49 word characters that starts with a
 * letter. Runs for every candidate number, so it is a backward scan rather than end-anchored
 * patterns, which V8 would try at every offset.
 */
function lastWord(prefix: string): string {
  const start = Math.max(0, prefix.length - 60);
  let end = prefix.length;
  while (end > start && isGlue(prefix.charCodeAt(end - 1))) end--;
  let i = end;
  while (i > start && end - i < 49 && isWordChar(prefix.charCodeAt(i - 1))) i--;
  while (i < end && !isLetter(prefix.charCodeAt(i))) i++;
  return i < end ? prefix.slice(i, end).toLowerCase() : '';
}

/** The text between the physical line start before `at` and `at`. */
function lineStartPrefix(line: string, at: number, breaks: number[] | undefined, prefix: string): string {
  if (!breaks) return prefix.length === at ? prefix : 'x';
  let start = 0;
  for (const b of breaks) {
    if (b <= at) start = b;
    else break;
  }
  return at - start > 80 ? 'x' : line.slice(start, at);
}

/** "SMTP error from remote mail server after RCPT TO:<a@b>: host mx [192.0.2.1]: 550 …" */
const LATE_WORD = /said|error|response|reply|replied|failed|refused|reject|returned/i;

/** A colon ends the prefix and one of the reply words stands within the 300 characters before it. */
function lateIntro(prefix: string): boolean {
  let end = prefix.length;
  while (end > 0 && (prefix.charCodeAt(end - 1) === 32 || prefix.charCodeAt(end - 1) === 9)) end--;
  if (end === 0 || prefix.charCodeAt(end - 1) !== 58) return false;
  const window = prefix.slice(Math.max(0, end - 300), end);
  return LATE_WORD.test(window.slice(Math.max(0, window.lastIndexOf('!') + 1, window.lastIndexOf('?') + 1)));
}

function introduced(prefix: string): boolean {
  // The tests below all read the end of the prefix before any trailing white space (`trimEnd`
  // strips exactly what `\s` matches). An end-anchored pattern would be tried at every offset of
  // the prefix, which on a line packed with candidates is most of the work.
  const tail = prefix.trimEnd();
  const last = tail.charCodeAt(tail.length - 1);
  // "responseCode === 421" in code is a comparison, not a reply.
  if (last === 61 /* = */ && /[=!<>]=$/.test(tail.slice(-2))) return false;
  // An inline code span quoting a reply: "user pasted `550 Requested action …`".
  if (last === 96 /* ` */) return true;
  if (lateIntro(prefix)) return true;
  // Exim and transcripts echo the command before the answer: "RCPT TO:<a@b>: 550 …",
  // "MAIL FROM:<a@b> SIZE=1024: 450 …".
  if (last === 58 /* : */ && /(?:rcpt to|mail from):?\s{0,3}<[^<>\n]{0,254}>(?:\s{1,3}[\w-]{1,20}=[^\s:]{0,40}){0,4}:\s*$/i.test(prefix.slice(-400))) return true;
  // PHPMailer: "SMTP code: 554 Additional SMTP info: 5.7.1".
  if (/smtp info:?$/i.test(tail.slice(-10))) return true;
  // Sendmail: "554 <a@b>... 550 Host unknown": the inner code is the remote answer.
  if (tail.endsWith('>...')) return true;
  if ((last === 58 || last === 0xff1a) && FOREIGN_INTRO.test(tail.slice(-16))) return true;
  const word = lastWord(prefix);
  if (!word || NOT_INTRO.has(word)) return false;
  if (INTRO.has(word)) return true;
  return word.endsWith('exception') || word.endsWith('error') || word === 'error_code' || word === 'errorcode' || word === 'status_code' || word.endsWith('refused') ||
    word.endsWith('failed') || word.endsWith('busy') || word.endsWith('said');
}

/**
 * Every code site in one logical line. `smtpContext` is true when the surrounding text is about
 * mail (a bounce, a log, a transcript), which lets a bare reply code at the start of a line count.
 */
/** No real reply line holds more codes than this; the cap bounds the work on hostile input. */
const MAX_SITES_PER_LINE = 32;
/** A Received: trace line: it records hops and software, never a server's reply. */
const TRACE_LINE = /^\s*received:|\bwith e?smtps?a?\b.{0,20}\bid\b/i;
/** Number-like candidates examined per line; past this, the line is a number dump, not a reply. */
const MAX_CANDIDATES_PER_LINE = 256;

export function findCodes(line: string, smtpContext: boolean, breaks?: number[]): CodeSite[] {
  if (line.length < 3) return [];
  const sites: CodeSite[] = [];
  let httpChecked = false;
  let httpLine = false;
  // Whether the whole line is a Received: trace, decided on the first enhanced code that needs it.
  let traceLine: boolean | undefined;
  CANDIDATE.lastIndex = 0;
  let examined = 0;
  for (let m = CANDIDATE.exec(line); m !== null && sites.length < MAX_SITES_PER_LINE && examined++ < MAX_CANDIDATES_PER_LINE; m = CANDIDATE.exec(line)) {
    const at = m.index;
    const end = at + m[0].length;
    const after = line.slice(end, end + 24);
    const next = after.charCodeAt(0);
    // Glued to letters or digits ("550abc", "5.1.1a") is an identifier, not a code.
    if (next >= 48 && next <= 57 || next >= 65 && next <= 90 || next >= 97 && next <= 122 || next === 95) continue;
    const prefix = line.slice(Math.max(0, at - 360), at);
    const reply = m[1] ?? null;
    const enhanced = m[2] ?? m[3] ?? null;
    // RFC 3463 has subjects 0 to 7 only: Yahoo's "[#4.16.1]" is its own reference, not a status code.
    if (enhanced && !validSubject(enhanced)) continue;
    if (reply && enhanced) {
      // Quoted alone ("is \"550 5.1.1\" a hard bounce?", parse('550 5.1.1')): a code named, not a reply.
      const open = line.charCodeAt(at - 1);
      if ((open === 34 || open === 39 || open === 96) && line.charCodeAt(end) === open) continue;
      // A pair is evidence enough for any well-formed code ("400 4.4.7" from Exchange).
      if (reply.charCodeAt(1) > 53) continue;
      // 550 5.1.1 / 550-5.1.1: the shape itself is the evidence, unless it is plainly a version list.
      if (reply[0] !== enhanced[0] && !/^[245]/.test(enhanced)) continue;
      if (NOT_INTRO.has(lastWord(prefix))) continue;
      sites.push({ reply, enhanced, index: at, strong: reply[0] === enhanced[0] });
      continue;
    }
    if (enhanced) {
      // A trace header names software versions ("by mx (Acme SMTP 2.2.22) with ESMTP id …").
      if ((traceLine ??= TRACE_LINE.test(line))) continue;
      if (m[0].startsWith('#') || prefix.endsWith('#') || prefix.endsWith('(#')) {
        sites.push({ reply: null, enhanced, index: at, strong: true });
        continue;
      }
      if (LINE_MARKERS.test(lineStartPrefix(line, at, breaks, prefix)) || introduced(prefix)) {
        if (/^[ \])>,;:'"`.]|^$/.test(after.slice(0, 1)) || after === '') sites.push({ reply: null, enhanced, index: at, strong: false });
      }
      continue;
    }
    // A bare reply code: first where it stands (cheap), then what it is not (HTTP, a size …).
    if (!reply || !isReplyCode(reply)) continue;
    // A source line ("SmtpTransport.php:342", "Transport.php (445)") or the code a library waited
    // for ("Expected response code 220 but got …") is no answer of the server's.
    if (SOURCE_LINE_BEFORE.test(prefix.slice(-24)) || EXPECTED_CODE_BEFORE.test(prefix.slice(-40))) continue;
    if (next === 46 /* . */ && /^\.\d/.test(after)) continue;
    if (next === 45 /* - */ && !/^-[A-Za-z ]/.test(after)) continue;
    let accepted = false;
    // A reply line's own refusal wording right after the code ("550 Unknown user") is evidence enough.
    let refusalWords = false;
    // Yahoo and AOL put a sub-code of their own after the reply: "554 30 Sorry, …", "552 1 Requested …".
    const subCode = LINE_MARKERS.test(lineStartPrefix(line, at, breaks, prefix)) ? /^ \d{1,2}(?= (?:Sorry|Requested|Message|Mailbox)\b)/.exec(after) : null;
    const afterWords = subCode ? after.slice(subCode[0].length) : after;
    if (subCode || LINE_MARKERS.test(lineStartPrefix(line, at, breaks, prefix))) {
      // "550 Requested action …" at the start of a line: a reply, where the text is about mail.
      const worded = afterWords === '' || /^[ -]+[A-Za-z<"'([#]/.test(afterWords);
      refusalWords = worded && REPLYISH.test(line.slice(end, end + 160));
      accepted = worded && (smtpContext || refusalWords);
    } else if (prefix.endsWith('>: ') && MTA_LOG_ADDRESS_BEFORE.test(prefix.slice(-300))) {
      accepted = true; // Courier's log: "…,addr=<a@b>: 550 User <a> unknown"
    } else if (prefix.endsWith('(') && next === 44 /* , */ && /^, ?b?['"]/.test(after) && /smtp/i.test(line)) {
      accepted = true; // smtplib (550, b'…')
    } else if (JSON_KEY_BEFORE.test(prefix.slice(-44))) {
      // "code": 550 in an API's JSON: a key that names a reply code, in a line about mail (an HTTP
      // service's {"status": 503, "service": "mailer"} is not).
      const key = JSON_KEY_BEFORE.exec(prefix.slice(-44))![1]!.toLowerCase();
      accepted = CODE_KEYS.has(key) && (SMTP_WORD.test(line) || ENHANCED_ANYWHERE.test(line));
    } else {
      accepted = (after === '' || /^[\s,;:)'"\]}.-]/.test(after)) && introduced(prefix);
      // key=value: only a key that names a code ("dsn=", "code="); "sent=550 deferred=421" are counters.
      if (accepted && prefix.endsWith('=')) accepted = CODE_KEYS.has(lastWord(prefix).replace(/=+$/, ''));
      // "SES: 554 Message rejected …", got "550 Sender verify failed": after a label or an opening
      // quote, a code whose own words are a refusal.
      // The reply's text starts with a capital, as servers write it ("554 Message rejected").
      // Its refusal wording makes it as sure a reply as one at the start of a line.
      if (/(?::[ \t]?|["'])$/.test(prefix.slice(-2)) && /^ {1,2}[A-Z]/.test(after) && REPLYISH.test(line.slice(end, end + 160))) accepted = refusalWords = true;
    }
    if (!accepted) continue;
    if (UNIT_AFTER.test(afterWords) || TALK_AFTER.test(afterWords) || COUNTED_AFTER.test(afterWords)) continue;
    // A shell search for codes ("grep 'said: 550' mail.log") names them; it holds no reply.
    if (SHELL_SEARCH.test(line)) continue;
    // HTTP's reason phrases; Title Case "Service Unavailable" is HTTP's spelling, SMTP servers rarely use it.
    if (HTTP_PHRASE.test(after) || after.startsWith(' Service Unavailable')) continue;
    if (!httpChecked) {
      httpChecked = true;
      const bare = line.length > 4000 ? line.slice(0, 4000) : line;
      const noUrls = bare.includes('://') ? bare.replace(/\bhttps?:\/\/[^\s'"<>)]{0,400}/g, ' ') : bare;
      httpLine = (HTTP_LINE.test(noUrls) || HTTP_TITLE.test(noUrls)) && !SMTP_WORD.test(noUrls);
    }
    if (httpLine) continue;
    sites.push({ reply, enhanced: null, index: at, strong: refusalWords });
  }
  let paired = pairSplitCodes(line, sites);
  // Postfix's address verification quotes its probe's answer inside its own reply: "450 4.1.1 <a@b>:
  // Recipient address rejected: unverified address: host … said: 550 5.1.1 …". The 450 is what
  // was sent (reject_unverified_recipient defers by default); the 550 is only its reason.
  // Postfix's own fixed wording, looked for as a plain string: a pattern here ran on every line.
  const probe = line.length > 40 ? line.indexOf('rejected: unverified address:') : -1;
  if (probe > 0 && paired.some((s) => s.index < probe)) paired = paired.filter((s) => s.index < probe);
  return line.includes('`') ? paired.filter((s) => !quotedAsExample(line, s.index)) : paired;
}


/** Words before an inline-code span that make it an example, not something a server sent. */
const EXAMPLE_BEFORE = /(?:(?<![\w.-])example(?![\w.-])|\be\.g\.|\bdocs?\b|\bdocumentation\b|\bsample\b|\bfor instance\b|\bsuch as\b)[^`]{0,30}$/i;

/**
 * A code inside backticks that the message offers as an example ("the docs example shows `550 …`")
 * or talks about ("`421 4.7.0 …` means a soft bounce, right?"): chat about the format, no reply.
 */
function quotedAsExample(line: string, index: number): boolean {
  const open = line.lastIndexOf('`', index);
  if (open < 0 || line.slice(open + 1, index).trim() !== '') return false;
  const close = line.indexOf('`', index);
  if (close < 0) return false;
  return EXAMPLE_BEFORE.test(line.slice(Math.max(0, open - 60), open)) || TALK_AFTER.test(line.slice(close + 1, close + 40));
}

/**
 * A reply code and, a few words on, the enhanced code of the same class that goes with it
 * ("SMTP code: 554 Additional SMTP info: 5.7.1") are one answer, as if written "554 5.7.1".
 */
function pairSplitCodes(line: string, sites: CodeSite[]): CodeSite[] {
  if (sites.length < 2) return sites;
  const out: CodeSite[] = [];
  for (let i = 0; i < sites.length; i++) {
    const a = sites[i]!;
    const b = sites[i + 1];
    if (b && a.reply && !a.enhanced && !b.reply && b.enhanced && a.reply[0] === b.enhanced[0]) {
      const between = line.slice(a.index + 3, b.index);
      if (between.length <= 40 && !/\d/.test(between)) {
        out.push({ reply: a.reply, enhanced: b.enhanced, index: a.index, strong: true });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
