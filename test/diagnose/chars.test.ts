import { describe, expect, it } from 'vitest';
import { isLetter, isSpace } from '../../src/diagnose/chars.js';

describe('character tests', () => {
  it('match exactly what their pattern classes match, over the whole Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
      expect(isLetter(c), `U+${c.toString(16)}`).toBe(/[A-Za-z]/.test(ch));
    }
  });
});
