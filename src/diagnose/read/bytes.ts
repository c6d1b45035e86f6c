/**
 * Text from the bytes of a file or standard input. Most input is UTF-8 and is read as such. A raw
 * message that is not (an 8-bit part in Shift_JIS, KOI8-R or Latin-1, as Japanese, Russian and
 * older European servers send them) must reach the MIME library as bytes: only the library knows
 * each part's declared charset, and decoding the whole file as UTF-8 first would turn every such
 * character into U+FFFD before it ever saw them.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** What the bytes hold: text to read as it is, or a raw message to decode part by part. */
export type ByteInput = { kind: 'text'; text: string } | { kind: 'binary'; binary: string };

/**
 * UTF-8 text (a byte-order mark dropped), UTF-16 text where a byte-order mark says so (Windows
 * editors save logs that way), or else the bytes one character each (Latin-1), which keeps a raw
 * message's structure readable while its 8-bit parts stay the bytes they were.
 */
export function fromBytes(bytes: Uint8Array): ByteInput {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { kind: 'text', text: strictUtf8.decode(bytes.subarray(start)) };
  } catch {
    return { kind: 'binary', binary: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
  }
}

/** A Latin-1 string of bytes (see fromBytes) as the bytes it stands for. */
export function binaryBytes(binary: string): Uint8Array {
  return Buffer.from(binary, 'latin1');
}

/** Bytes that declare no charset: read as UTF-8, what cannot be read replaced (U+FFFD). */
export function lenientText(binary: string): string {
  return lenientUtf8.decode(binaryBytes(binary));
}
