import { describe, expect, it } from 'vitest';
import { findCodes } from '../../../src/diagnose/extract/codes.js';
import { recipientHit, siteRecipients } from '../../../src/diagnose/extract/recipients.js';

describe('recipientHit', () => {
  it('takes the address a line leads with or points to', () => {
    expect(recipientHit('<pat@example.org>: host mx.example.org said: 550 5.1.1 unknown')?.address).toBe('pat@example.org');
    expect(recipientHit('postfix/smtp[1]: 4F: to=<pat@example.org>, relay=mx, status=bounced')).toMatchObject({ address: 'pat@example.org', strong: true });
    expect(recipientHit('2026-11-29 10:46:09 1xXcQ5-0003qs-1q ** pat@example.org: Unrouteable address')).toMatchObject({ address: 'pat@example.org', strong: true });
    expect(recipientHit('{"msg_from":"news@brand.example","rcpt_to":"pat@example.org"}')).toMatchObject({ address: 'pat@example.org', strong: true });
  });

  it('never takes the sender', () => {
    expect(recipientHit('<alice@example.net>: Sender address rejected: Domain not found')).toBeNull();
    expect(recipientHit('553 5.1.8 <alice@nosuch.example>... Domain of sender address alice@nosuch.example does not exist')).toBeNull();
    expect(recipientHit('{"msg_from":"news@brand.example","raw_reason":"550 5.7.1 blocked"}')).toBeNull();
  });
});

describe('siteRecipients', () => {
  it('gives each answer on a line the address before it', () => {
    const line = "{'a@example.com': (451, b'4.3.0 Temporary lookup failure'), 'b@example.com': (550, b'5.1.1 <b@example.com>: User unknown')}";
    expect(siteRecipients(line, findCodes(line, true))).toEqual(['a@example.com', 'b@example.com']);
  });

  it('leaves a line whose answers all follow the same address to the usual rule', () => {
    // Three addresses and two answers, but one recipient: nothing to split.
    const line = '<a@example.com>: 550 5.1.1 <a@example.com>... User unknown; later 450 4.2.0 <a@example.com> greylisted';
    expect(findCodes(line, true)).toHaveLength(2);
    expect(siteRecipients(line, findCodes(line, true))).toBeNull();
  });

  it('never gives an answer to the sender a multi-line reply names between its lines', () => {
    // Exim's report, its lines joined: one answer in two lines, about our sender, for bob.
    const line = 'bob@remote.example host 192.0.2.7 [192.0.2.7] SMTP error from remote mail server after pipelined end of data: ' +
      '550-5.7.1 <we@sender.example>: Sender address rejected: 550 5.7.1 domain sender.example is blacklisted';
    expect(findCodes(line, true)).toHaveLength(2);
    expect(siteRecipients(line, findCodes(line, true))).toBeNull();
  });
});
