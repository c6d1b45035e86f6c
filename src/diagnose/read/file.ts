/** The text of a file's or standard input's bytes (see bytes.ts for why bytes, not text). */
import { binaryBytes, fromBytes, lenientText } from './bytes.js';
import { looksLikeRawMessage, readMessage, reportPart } from './index.js';

/**
 * The text of a file's bytes, for `diagnose`. A raw message whose report is not UTF-8 (an 8-bit
 * Shift_JIS or Latin-1 part) is decoded here by the MIME library from its bytes, each part in its
 * own declared charset; anything else comes back as the text it is (see bytes.ts).
 */
export async function readBytes(bytes: Uint8Array): Promise<string> {
  const input = fromBytes(bytes);
  if (input.kind === 'text') return input.text;
  if (!looksLikeRawMessage(input.binary)) return lenientText(input.binary);
  // Only the returned original may hold the 8-bit bytes: then the report reads as text after all.
  const report = fromBytes(binaryBytes(reportPart(input.binary)));
  if (report.kind === 'text') return report.text;
  return readMessage(report.binary, { binary: true });
}
