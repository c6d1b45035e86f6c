import { describe, expect, it } from 'vitest';
import { binaryBytes, fromBytes, lenientText } from '../../../src/diagnose/read/bytes.js';

describe('fromBytes', () => {
  it('reads UTF-8 as text, dropping a byte-order mark', () => {
    expect(fromBytes(Buffer.from('550 5.1.1 Empfänger unbekannt'))).toEqual({ kind: 'text', text: '550 5.1.1 Empfänger unbekannt' });
    expect(fromBytes(Buffer.from('\ufeff421 busy'))).toEqual({ kind: 'text', text: '421 busy' });
  });

  it('reads UTF-16 where a byte-order mark says so', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('550 5.1.1 gone', 'utf16le')]);
    expect(fromBytes(le)).toEqual({ kind: 'text', text: '550 5.1.1 gone' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(fromBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ kind: 'text', text: '550 5.1.1 gone' });
  });

  it('keeps bytes that are not UTF-8 as they are, one character each', () => {
    const latin1 = Buffer.from('Empfänger', 'latin1');
    const input = fromBytes(latin1);
    expect(input.kind).toBe('binary');
    if (input.kind !== 'binary') return;
    expect(Buffer.from(binaryBytes(input.binary)).equals(latin1)).toBe(true);
    // Read without a charset, the byte that is not UTF-8 becomes U+FFFD and the rest stays.
    expect(lenientText(input.binary)).toBe('Empf\ufffdnger');
  });
});
