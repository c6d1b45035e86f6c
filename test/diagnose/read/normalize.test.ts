import { describe, expect, it } from 'vitest';
import { logical } from '../../../src/diagnose/read/normalize.js';

describe('logical lines', () => {
  it('joins an RFC 5321 multi-line reply into one line, dropping the repeated code prefixes', () => {
    const { lines } = logical('550-5.7.26 This mail has been blocked because the sender\n550-5.7.26 is unauthenticated. Gmail requires all\n550 5.7.26 senders to authenticate.\nnext line');
    expect(lines).toEqual(['550-5.7.26 This mail has been blocked because the sender 5.7.26 is unauthenticated. Gmail requires all 5.7.26 senders to authenticate.', 'next line']);
  });

  it('joins transcript replies behind swaks and SMTP-log markers, and only lines with the same code', () => {
    expect(logical('<~  421-4.7.0 Try again\n<~  421 4.7.0 later').lines).toEqual(['<~  421-4.7.0 Try again 4.7.0 later']);
    expect(logical('<<< 550-first\n<<< 550 second').lines).toEqual(['<<< 550-first second']);
    expect(logical('S: 250-mx.example.com\nS: 250 SIZE 1000').lines).toEqual(['S: 250-mx.example.com SIZE 1000']);
    // A different code is a new reply; a space after the code ends the multi-line reply.
    expect(logical('550-one\n421 two').lines).toEqual(['550-one', '421 two']);
    expect(logical('250 done\n250 again').lines).toEqual(['250 done', '250 again']);
    // Not a reply lead: a version number, a code glued to text.
    expect(logical('550-a\n5501 b').lines).toEqual(['550-a', '5501 b']);
  });

  it('keeps the client\'s indented turns of a swaks transcript apart from the reply above them', () => {
    const text = '<** 550 5.1.1 <a@b.example>: User unknown\n -> RCPT TO:<c@b.example>\n<-  250 2.1.5 Ok\n ~> DATA\n    folded rest';
    expect(logical(text).lines).toEqual(['<** 550 5.1.1 <a@b.example>: User unknown', ' -> RCPT TO:<c@b.example>', '<-  250 2.1.5 Ok', ' ~> DATA folded rest']);
  });

  it('joins folded lines and records where each physical line started', () => {
    const { lines, breaks } = logical('Diagnostic-Code: smtp; 550 5.1.1 <a@b.example>:\n    Recipient address rejected\nAction: failed');
    expect(lines).toEqual(['Diagnostic-Code: smtp; 550 5.1.1 <a@b.example>: Recipient address rejected', 'Action: failed']);
    expect(breaks.get(0)).toEqual(['Diagnostic-Code: smtp; 550 5.1.1 <a@b.example>:'.length + 1]);
  });

  it('reads CRLF and CR-only line endings as LF', () => {
    expect(logical('550 5.1.1 a\r\n421 4.7.0 b\r452 4.2.2 c').lines).toEqual(['550 5.1.1 a', '421 4.7.0 b', '452 4.2.2 c']);
  });

  it('stops joining a very long run of continuations at its size cap instead of growing one line', () => {
    const { lines } = logical(Array.from({ length: 50_000 }, () => '550-5.7.26 more').join('\n'));
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(20_100);
    expect(lines.join(' ').split('more').length - 1).toBe(50_000);
  });
});
