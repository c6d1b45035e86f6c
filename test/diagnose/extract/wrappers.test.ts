import { describe, expect, it } from 'vitest';
import { serverWords } from '../../../src/diagnose/extract/wrappers.js';

describe('serverWords', () => {
  it('keeps what the server wrote after .NET\'s description of the code', () => {
    expect(serverWords('Send-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender'))
      .toBe('5.7.1 Client does not have permissions to send as this sender');
  });

  it('leaves any other line as it is', () => {
    const line = '550 5.1.1 <pat@example.org>: Recipient address rejected: mailbox unavailable';
    expect(serverWords(line)).toBe(line);
    expect(serverWords('')).toBe('');
  });
});
