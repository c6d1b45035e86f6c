/**
 * Parts that need no decoding, set aside before the MIME library runs. A bounce's report parts are
 * mostly 7-bit text: the human-readable notice and the message/delivery-status fields. The library
 * still decodes them line by line (on Node 20 that costs several µs a line, far more than our whole
 * reading of the text), to return exactly the text we already have. So each such part's body is
 * swapped for a one-line placeholder, the library parses what is left (the structure and the
 * encoded parts, which it alone decodes), and the bodies are put back into what it returns.
 *
 * Only parts whose text is the same before and after decoding are set aside: no transfer encoding
 * (or 7bit / 8bit / binary), charset absent, US-ASCII or UTF-8, not format=flowed, and a type whose
 * text we read as it is (text/plain and the report types; HTML is stripped after decoding, so it
 * stays with the library).
 */

/** A part type whose body, undecoded, is already the text we read. */
const PLAIN_TYPE = /^(?:text\/plain|message\/(?:global-)?delivery-status|message\/feedback-report|text\/rfc822-headers|message\/rfc822-headers)$/;
const PLAIN_CHARSET = /^(?:us-ascii|utf-8|utf8|ascii)$/;
const IDENTITY_ENCODING = /^(?:7bit|8bit|binary)$/;
const BOUNDARY_PARAM = /boundary=(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i;
/** A part this long gains little from the saving and is not worth a special path. */
const MAX_BOUNDARIES = 32;
const TOKEN = 'smtp-bot-plain-body-';
const PLACEHOLDER = /smtp-bot-plain-body-(\d{1,6})#/g;

export interface SetAside {
  /** The message with each plain part's body replaced by its placeholder line. */
  text: string;
  /** The bodies, by placeholder number. */
  bodies: string[];
}

/** A header block's fields, unfolded, by lower-case name (the first of each). */
function fields(lines: string[]): Map<string, string> {
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
function readsAsIs(f: Map<string, string>): boolean {
  const type = f.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0]!.trim().toLowerCase();
  if (!PLAIN_TYPE.test(mime)) return false;
  const encoding = (f.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (!IDENTITY_ENCODING.test(encoding)) return false;
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
  if (charset && !PLAIN_CHARSET.test(charset)) return false;
  return !/format\s*=\s*"?flowed/i.test(type);
}

/**
 * Sets the plain parts' bodies aside. Returns null when there is nothing to set aside, or when the
 * text could be confused with our placeholders or has a structure too nested to follow cheaply.
 */
export function setAsidePlainParts(text: string): SetAside | null {
  if (text.includes(TOKEN)) return null;
  const lines = text.split('\n');
  const boundaries: string[] = [];
  const bodies: string[] = [];
  const out: string[] = [];
  const isBoundary = (line: string) => line.startsWith('--') && boundaries.some((b) => line.startsWith(b));
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
    const plain = !declared && readsAsIs(f) && i > bodyStart;
    if (plain) {
      bodies.push(lines.slice(bodyStart, i).join('\n'));
      out.push(`${TOKEN}${bodies.length - 1}#`);
    } else {
      out.push(...lines.slice(bodyStart, i));
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
  return bodies.length ? { text: out.join('\n'), bodies } : null;
}

/** Puts the set-aside bodies back into text the MIME library returned. */
export function restorePlainParts(text: string, aside: SetAside | null): string {
  if (!aside || !text.includes(TOKEN)) return text;
  PLACEHOLDER.lastIndex = 0;
  return text.replace(PLACEHOLDER, (m, n: string) => aside.bodies[Number(n)] ?? m);
}
