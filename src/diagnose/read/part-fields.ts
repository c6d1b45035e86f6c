/**
 * A MIME part's header fields, and whether its body reads the same undecoded as decoded. A bounce's
 * report parts are mostly 7-bit text (the human-readable notice, the message/delivery-status
 * fields), whose text is already what a MIME library would return; decode-parts.ts hands the
 * library only the others.
 *
 * A part reads as it is when it has no transfer encoding (or 7bit / 8bit / binary), no charset or
 * US-ASCII or UTF-8, is not format=flowed, and is of a type whose text is read as it is (text/plain
 * and the report types; HTML is rendered to text, so it always goes to the library).
 */

/** A part type whose body, undecoded, is already the text we read. */
const PLAIN_TYPE = /^(?:text\/plain|message\/(?:global-)?delivery-status|message\/feedback-report|text\/rfc822-headers|message\/rfc822-headers)$/;
const PLAIN_CHARSET = /^(?:us-ascii|utf-8|utf8|ascii)$/;
const IDENTITY_ENCODING = /^(?:7bit|8bit|binary)$/;
export const BOUNDARY_PARAM = /boundary=(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i;
/** A message declaring more boundaries than a report has is left to the library whole. */
export const MAX_BOUNDARIES = 32;

/** A header block's fields, unfolded, by lower-case name (the first of each). */
export function fields(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let name = '';
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if ((line.startsWith(' ') || line.startsWith('\t')) && name) {
      out.set(name, `${out.get(name)!} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (name && !out.has(name)) out.set(name, line.slice(colon + 1).trim());
    else name = '';
  }
  return out;
}

/** Whether a part with these header fields reads the same undecoded as decoded. */
export function readsAsIs(f: Map<string, string>): boolean {
  const type = f.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0]!.trim().toLowerCase();
  if (!PLAIN_TYPE.test(mime)) return false;
  const encoding = (f.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (!IDENTITY_ENCODING.test(encoding)) return false;
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
  if (charset && !PLAIN_CHARSET.test(charset)) return false;
  return !/format\s*=\s*"?flowed/i.test(type);
}
