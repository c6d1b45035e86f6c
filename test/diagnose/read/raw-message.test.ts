/**
 * looksLikeRawMessage reads header lines in place, character by character; it must decide exactly
 * as the plain definition below does (slice each line, drop one CR, test it with a pattern).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeRawMessage } from '../../../src/diagnose/read/index.js';

function reference(text: string): boolean {
  const head = text.slice(0, 16384);
  let pos = 0;
  let headerLines = 0;
  let mime = false;
  while (pos < head.length) {
    let end = head.indexOf('\n', pos);
    if (end < 0) end = head.length;
    const line = head.slice(pos, end).replace(/\r$/, '');
    pos = end + 1;
    if (line === '') break;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (headerLines === 0) return false;
      continue;
    }
    if (!/^[A-Za-z][A-Za-z0-9-]{0,60}:/.test(line)) return false;
    headerLines++;
    const lower = line.slice(0, 13).toLowerCase();
    if (lower.startsWith('content-type:') || lower.startsWith('mime-version:')) mime = true;
  }
  return mime && headerLines >= 2;
}

const pieces = ['From: a@b', 'MIME-Version: 1.0', 'content-TYPE: text/plain', 'Content-Type:x', 'X-A', 'x'.repeat(61) + ':', 'a'.repeat(60) + ':',
  '1bad: x', 'Sub ject: x', ' folded', '\tfolded', '', '\r', 'Subject: é', 'İ: x', 'Mime-Version:', 'mime-version', '-a: b', 'A:'];

describe('looksLikeRawMessage', () => {
  it('decides as the plain definition on header-shaped texts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
      const text = lines.join(eol);
      expect(looksLikeRawMessage(text)).toBe(reference(text));
    }), { numRuns: 2000 });
  });

  it('decides as the plain definition on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      expect(looksLikeRawMessage(text)).toBe(reference(text));
    }), { numRuns: 2000 });
  });

  it('knows a MIME message from a pasted rendered one', () => {
    expect(looksLikeRawMessage('From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nbody')).toBe(true);
    expect(looksLikeRawMessage('From: a@example.org\nSubject: Undeliverable\n\nbody')).toBe(false);
    expect(looksLikeRawMessage('550 5.1.1 user unknown')).toBe(false);
  });
});
