import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/catalog/compare.js';

describe('firstSentence', () => {
  it('ends at a full stop outside brackets and quotes, never after an abbreviation', () => {
    expect(firstSentence('Postfix verification: "450 4.1.1 ... unverified address", while the probe is pending. Then it retries.')).toBe(
      'Postfix verification: "450 4.1.1 ... unverified address", while the probe is pending.');
    expect(firstSentence('서버의 RCPT TO 응답입니다(요즘은 드뭅니다. 대부분 250으로 전달합니다). 다음 문장.')).toBe('서버의 RCPT TO 응답입니다(요즘은 드뭅니다. 대부분 250으로 전달합니다).');
    expect(firstSentence('Seen with relays, e.g. Postfix behind a filter. Rare otherwise.')).toBe('Seen with relays, e.g. Postfix behind a filter.');
  });

  it('keeps the next sentence after a very short one', () => {
    expect(firstSentence('받아들여졌습니다. 서버가 직접 메일을 전달합니다. 끝.')).toBe('받아들여졌습니다. 서버가 직접 메일을 전달합니다.');
  });
});
