/**
 * Turn whatever was pasted into plain text lines: a raw RFC 822 message is read up to its returned
 * original, its plain parts as they are and its encoded ones (base64, quoted-printable, other
 * charsets, encoded words) decoded by postal-mime, part by part (decode-parts.ts); the whole
 * message goes to postal-mime only when its structure is beyond that walk. Anything else is taken
 * as it is. Only what can hold a server's answer is kept: the top-level headers that name the
 * sender and subject, text bodies and the machine-readable delivery-status part. The returned
 * message's body is skipped, since it is the sender's own text and only adds decoys.
 */
import type * as PostalMimeModule from 'postal-mime';
import { binaryBytes, lenientText } from './bytes.js';
import { decodeEncodedParts } from './decode-parts.js';
import { stripHtml } from './html.js';

/**
 * The MIME library is loaded on first use: chat messages, logs and plain-text reports never need
 * it, and loading it is a noticeable share of a one-shot `smtp diagnose`'s start-up.
 */
let postalMime: Promise<typeof PostalMimeModule> | undefined;
function loadPostalMime(): Promise<typeof PostalMimeModule> {
  postalMime ??= import('postal-mime');
  return postalMime;
}

/** The headers worth keeping from a raw message: they name the reporting system or the failure. */
const KEEP_HEADERS = new Set([
  'from', 'subject', 'x-failed-recipients', 'auto-submitted', 'x-autoreply', 'retry-after',
  'x-mailer', 'x-ses-outgoing', 'x-sender', 'reporting-mta',
]);

/** Whether text[start, stop) opens like a header field, as /^[A-Za-z][A-Za-z0-9-]{0,60}:/ would match. */
function isHeaderName(text: string, start: number, stop: number): boolean {
  const first = text.charCodeAt(start) | 32;
  if (first < 97 || first > 122) return false;
  const last = Math.min(stop, start + 62);
  for (let i = start + 1; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    const l = c | 32;
    if (!((l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return false;
}

/** Whether text at `at` starts with `lower` (lower-case ASCII), ASCII capitals folded. */
function startsWithFolded(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let j = 0; j < lower.length; j++) {
    let c = text.charCodeAt(at + j);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * True when the text starts with an RFC 822 header block that declares MIME content. Pasted
 * rendered text (From/To/Subject only) and chat messages stay on the cheap plain-text path.
 */
export function looksLikeRawMessage(text: string): boolean {
  const head = text.slice(0, 16384);
  let pos = 0;
  let headerLines = 0;
  let mime = false;
  while (pos < head.length) {
    let end = head.indexOf('\n', pos);
    if (end < 0) end = head.length;
    // The line without its CR, read in place: slicing every header line of every paste cost more
    // than the checks themselves.
    const stop = end > pos && head.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const start = pos;
    pos = end + 1;
    if (stop === start) break;
    const c0 = head.charCodeAt(start);
    if (c0 === 32 || c0 === 9) {
      if (headerLines === 0) return false;
      continue;
    }
    if (!isHeaderName(head, start, stop)) return false;
    headerLines++;
    if (startsWithFolded(head, start, 'content-type:') || startsWithFolded(head, start, 'mime-version:')) mime = true;
  }
  return mime && headerLines >= 2;
}

const decoder = new TextDecoder('utf-8');

function contentText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return decoder.decode(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/** Where the headers of the returned message end and its body starts. */
function headersOnly(text: string): string {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Top-level headers the MIME library needs to find and decode the parts, besides KEEP_HEADERS. */
const STRUCTURE_HEADER = /^(?:content-[a-z-]{1,40}|mime-version)[ \t]*:/i;

/**
 * The message with only the top-level headers that are read afterwards (KEEP_HEADERS) or that
 * describe its structure. Received, DKIM and ARC blocks are most of a bounce's header and cost the
 * MIME library a header parse each for nothing; the body is untouched, so decoding is the same.
 */
export function trimTopHeaders(text: string): string {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return text;
  const kept: string[] = [];
  let keep = false;
  for (const line of text.slice(0, m.index).split(/\r?\n/)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (keep) kept.push(line);
      continue;
    }
    const colon = line.indexOf(':');
    keep = colon > 0 && (KEEP_HEADERS.has(line.slice(0, colon).trim().toLowerCase()) || STRUCTURE_HEADER.test(line));
    if (keep) kept.push(line);
  }
  return `${kept.join('\n')}${text.slice(m.index)}`;
}

/** Leaf parts whose content is never read: only text and message parts can hold a server's answer. */
const UNREAD_PART = /^content-type:[ \t]*(?:image|audio|video|application|font|model)\//i;
const MAX_BOUNDARIES = 32;
const BOUNDARY_PARAM = /boundary=(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;

/**
 * The message with the bodies of binary parts (logos, attachments) left out, their headers kept,
 * so the MIME library neither buffers nor base64-decodes content that is never read. Bodies are
 * cut only between a part's header block and the next line that opens with one of the message's
 * declared boundaries, so the structure the library sees is unchanged.
 */
export function dropUnreadBodies(text: string): string {
  if (!/^content-type:[ \t]*(?:image|audio|video|application|font|model)\//im.test(text)) return text;
  const boundaries: string[] = [];
  BOUNDARY_PARAM.lastIndex = 0;
  for (let m = BOUNDARY_PARAM.exec(text); m !== null; m = BOUNDARY_PARAM.exec(text)) {
    const b = `--${m[1] ?? m[2]}`;
    if (!boundaries.includes(b)) boundaries.push(b);
    // Every line is checked against every boundary: a pathological nesting is left as it is.
    if (boundaries.length > MAX_BOUNDARIES) return text;
  }
  if (boundaries.length === 0) return text;
  const isBoundary = (line: string) => line.startsWith('--') && boundaries.some((b) => line.startsWith(b));
  const out: string[] = [];
  let inPartHeaders = false;
  let unread = false;
  let skipping = false;
  for (const line of text.split('\n')) {
    if (isBoundary(line)) {
      skipping = false;
      inPartHeaders = true;
      unread = false;
    } else if (skipping) {
      continue;
    } else if (inPartHeaders) {
      if (line === '' || line === '\r') {
        inPartHeaders = false;
        skipping = unread;
      } else if (UNREAD_PART.test(line)) {
        unread = true;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** A bounce's report sits in its first few parts; the MIME library pays tens of µs per part. */
const MAX_PARTS = 64;
const BOUNDARY_IN_LINE = /boundary=(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i;

/**
 * Splits a message with very many parts (or many nested multiparts) before its MAX_PARTS-th part
 * or its MAX_BOUNDARIES-th declared boundary: the head goes to the MIME library, the rest is read
 * as plain text, so a hostile paste costs linear time and none of its text is dropped.
 */
export function capParts(text: string): { head: string; rest: string } {
  const boundaries: string[] = [];
  let parts = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    if (line.startsWith('--') && boundaries.some((b) => line.startsWith(b)) && ++parts > MAX_PARTS) break;
    const declared = line.length < 1000 && line.includes('=') ? BOUNDARY_IN_LINE.exec(line) : null;
    if (declared) {
      const b = `--${declared[1] ?? declared[2]}`;
      if (!boundaries.includes(b)) boundaries.push(b);
      if (boundaries.length > MAX_BOUNDARIES) break;
    }
    pos = end + 1;
  }
  return pos < text.length ? { head: text.slice(0, pos), rest: text.slice(pos) } : { head: text, rest: '' };
}

/**
 * Decode a raw message into the text that matters; falls back to the raw text if it fails. With
 * `binary`, the text is the message's bytes one character each (read/bytes.ts): the library gets
 * them as bytes and decodes each part in its declared charset.
 */
export async function readMessage(text: string, opts: { binary?: boolean } = {}): Promise<string> {
  let email;
  let head: string;
  let rest: string;
  try {
    ({ head, rest } = capParts(text));
    const { default: PostalMime } = await loadPostalMime();
    const trimmed = trimTopHeaders(dropUnreadBodies(head));
    email = await PostalMime.parse(opts.binary ? binaryBytes(trimmed) : trimmed, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  } catch {
    return opts.binary ? lenientText(text) : text;
  }
  if (opts.binary) rest = lenientText(rest);
  const out: string[] = [];
  for (const h of email.headers) {
    if (KEEP_HEADERS.has(h.key)) out.push(`${h.originalKey}: ${h.value}`);
  }
  out.push('');
  if (email.text) out.push(email.text);
  else if (email.html) out.push(stripHtml(email.html));
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status' ||
        type === 'message/feedback-report' || type === 'text/plain' && a.disposition !== 'attachment') {
      out.push('', contentText(a.content));
    } else if (type === 'message/rfc822' || type === 'text/rfc822-headers' || type === 'message/rfc822-headers') {
      // Only the headers of the returned message: they can name the recipient, never the failure.
      out.push('', '----- returned message headers -----', headersOnly(contentText(a.content)));
    } else if (type === 'text/html' && !email.text && !email.html) {
      out.push('', stripHtml(contentText(a.content)));
    }
  }
  const decoded = out.join('\n');
  return rest ? `${decoded}\n\n${rest}` : decoded;
}

// message/global and message/global-headers are RFC 6532's returned message; message/global-delivery-status
// (RFC 6533) is the report itself and must not end it.
const RETURNED_PART = /^content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/rfc822-headers|message\/global(?:-headers)?)\b(?!-)/im;
const ENCODED = /content-transfer-encoding:[ \t]*(?:base64|quoted-printable)|=\?[a-z0-9-]+\?[bq]\?/i;
// ISO-2022 text (Japanese mail is ISO-2022-JP sent as 7bit) is still encoded in a pasted string:
// its escape sequences are ASCII. An 8-bit charset is not: pasted text was decoded by the mail
// client already, so decoding it again would garble every accented letter.
const OTHER_CHARSET = /charset[ \t]*=[ \t]*"?iso-2022-/i;

/**
 * A raw message whose report parts are plain 7-bit or 8-bit text needs no decoding: its text is
 * already what a MIME library would return. Such a message is read as it is, up to the returned
 * original message, which saves the parse. Returns null when some part before the returned message
 * is encoded, so the library has to decode it.
 */
export function plainReport(text: string): string | null {
  const head = reportPart(text);
  return ENCODED.test(head) || (OTHER_CHARSET.test(head) && head.includes('\u001b')) ? null : keptHeadersAndBody(head, null);
}

/**
 * The top-level header block, like the library path, keeps only the headers that matter (Received
 * and DKIM lines are the transport's, and their words and numbers only mislead), unfolded, with
 * RFC 2047 encoded words decoded by `decodeWords` where given; the body follows as it is.
 */
function keptHeadersAndBody(head: string, decodeWords: ((s: string) => string) | null): string {
  const m = /\r?\n\r?\n/.exec(head);
  if (!m) return head;
  const kept: string[] = [];
  let keep = false;
  for (const line of head.slice(0, m.index).split(/\r?\n/)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (keep) kept[kept.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    keep = colon > 0 && KEEP_HEADERS.has(line.slice(0, colon).trim().toLowerCase());
    if (keep) kept.push(line);
  }
  const headers = decodeWords ? kept.map((h) => (h.includes('=?') ? decodeWords(h) : h)) : kept;
  return `${headers.join('\n')}\n\n${head.slice(m.index + m[0].length)}`;
}

/**
 * A raw message with encoded report parts: each of them decoded alone by the library (see
 * decode-parts.ts), the rest read as plainReport reads it; the whole message goes to the library
 * only when its structure is more than that walk follows.
 */
export async function decodedReport(text: string): Promise<string> {
  const head = reportPart(text);
  try {
    const { default: PostalMime, decodeWords } = await loadPostalMime();
    const decoded = await decodeEncodedParts(head, (raw) => PostalMime.parse(raw));
    if (decoded !== null) return keptHeadersAndBody(decoded, decodeWords);
  } catch {
    // The library refused a part: let it read the message whole, which falls back to the raw text.
  }
  return readMessage(head);
}

/**
 * The message up to its returned original: the report parts only. The library is given this much,
 * so it never decodes the original's attachments; an unterminated multipart is fine for it.
 */
export function reportPart(text: string): string {
  const m = RETURNED_PART.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** The text to diagnose: decoded when it is a raw message, unchanged otherwise. */
export async function readText(text: string): Promise<string> {
  if (!looksLikeRawMessage(text)) return text;
  return plainReport(text) ?? decodedReport(text);
}
