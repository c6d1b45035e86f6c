/**
 * Decoding only the parts that need it. Most of a bounce's report parts are plain text, read as
 * they are (see plainReport); a few are base64 or quoted-printable, or in a charset other than
 * UTF-8. Handing the whole message to the MIME library for those few costs a parse of every part
 * and line (on Node 20, a Blob and an async read per part), several times our whole diagnosis of
 * it. So the message's structure is walked here, header block by header block, and each part that
 * needs decoding goes to postal-mime alone, as a one-part message of its own type, transfer
 * encoding and charset; its decoded text replaces its body in place. The library still does all
 * the decoding; we only find where each part starts and ends.
 *
 * Parts that never hold a server's answer (images, attachments) lose their bodies: undecoded
 * base64 is only noise to read. HTML is decoded by the library and rendered to text.
 */
import type PostalMimeClass from 'postal-mime';
import { stripHtml } from './html.js';
import { BOUNDARY_PARAM, MAX_BOUNDARIES, fields, readsAsIs } from './part-fields.js';

/** Parts worth decoding: text, and the machine-readable report parts. */
const READABLE_TYPE = /^(?:text\/[a-z0-9.+-]+|message\/(?:global-)?delivery-status|message\/feedback-report|message\/(?:global-)?disposition-notification|message\/rfc822-headers)$/;
/** Characters of one part handed to the library to decode; the rest of a longer one is left out. */
const MAX_BODY = 256 * 1024;
/** A report with more encoded parts than this is left to the library whole. */
const MAX_DECODED = 16;

type Parse = typeof PostalMimeClass.parse;

/** One part's body, decoded by the library as a message of its own; HTML rendered to text. */
async function decodeBody(parse: Parse, f: Map<string, string>, mime: string, body: string): Promise<string> {
  const type = f.get('content-type') ?? 'text/plain';
  // The report types decode as text of their charset; HTML stays HTML so the library renders it.
  const asType = mime === 'text/html' ? type : type.replace(/^[^;]*/, 'text/plain');
  const encoding = f.get('content-transfer-encoding') ?? '7bit';
  const email = await parse(`Content-Type: ${asType}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}`);
  // A lone HTML part comes back as HTML only: it is rendered to text here.
  const out = email.text || (email.html ? stripHtml(email.html) : '');
  // Trailing line breaks cut by hand: /\n+$/ would retry at every break of a long run inside the text.
  let end = out.length;
  while (end > 0 && out.charCodeAt(end - 1) === 10) end--;
  return end === out.length ? out : out.slice(0, end);
}

/**
 * The report with every part that needs decoding decoded in place by `parse` (postal-mime's),
 * and the bodies of parts that are never read left out. Returns null when the structure is more
 * than this walk follows (more boundaries or encoded parts than a report has); the caller then
 * gives the whole message to the library.
 */
export async function decodeEncodedParts(text: string, parse: Parse): Promise<string | null> {
  const lines = text.split('\n');
  const boundaries: string[] = [];
  const out: string[] = [];
  const isBoundary = (line: string) => line.startsWith('--') && boundaries.some((b) => line.startsWith(b));
  let decoded = 0;
  let i = 0;
  // Each header block (the message's own, then each part's) and the body after it.
  while (i < lines.length) {
    const header: string[] = [];
    while (i < lines.length && lines[i] !== '' && lines[i] !== '\r') header.push(lines[i++]!);
    out.push(...header);
    if (i >= lines.length) break;
    out.push(lines[i++]!); // the blank line that ends the header block
    const f = fields(header);
    const declared = BOUNDARY_PARAM.exec(f.get('content-type') ?? '');
    if (declared) {
      const b = `--${declared[1] ?? declared[2]}`;
      if (!boundaries.includes(b)) boundaries.push(b);
      if (boundaries.length > MAX_BOUNDARIES) return null;
    }
    const bodyStart = i;
    while (i < lines.length && !isBoundary(lines[i]!)) i++;
    const mime = (f.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
    if (declared || mime.startsWith('multipart/') || readsAsIs(f)) out.push(...lines.slice(bodyStart, i));
    else if (READABLE_TYPE.test(mime) && i > bodyStart) {
      if (++decoded > MAX_DECODED) return null;
      const body = lines.slice(bodyStart, i).join('\n');
      // A report's text is a few kilobytes: past MAX_BODY, a part is a hostile paste, and only its
      // beginning is decoded, so the library's time stays bounded.
      out.push(await decodeBody(parse, f, mime, body.length > MAX_BODY ? body.slice(0, body.lastIndexOf('\n', MAX_BODY) + 1 || MAX_BODY) : body));
    }
    // Boundary lines (a closing one, and the next part's opening one) go through as they are.
    while (i < lines.length && isBoundary(lines[i]!)) {
      const line = lines[i++]!;
      out.push(line);
      // After a closing boundary comes the enclosing part's epilogue, not a header block.
      if (line.trimEnd().endsWith('--')) {
        const start = i;
        while (i < lines.length && !isBoundary(lines[i]!)) i++;
        out.push(...lines.slice(start, i));
      }
    }
  }
  return out.join('\n');
}
