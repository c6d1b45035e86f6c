import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/diagnose/read/index.js';
import { fields, readsAsIs } from '../../../src/diagnose/read/part-fields.js';

/** A multipart/report bounce with the given human part (headers and body) and a 7-bit status part. */
function report(humanHeaders: string[], humanBody: string, eol = '\n'): string {
  return [
    'From: MAILER-DAEMON@mx.example.net',
    'Subject: =?UTF-8?Q?Undeliverable=3A_hello?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="outer-1"',
    '',
    'This is a MIME-encapsulated message.',
    '',
    '--outer-1',
    ...humanHeaders,
    '',
    humanBody,
    '',
    '--outer-1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; pat@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <pat@example.org>: Recipient address rejected',
    '',
    '--outer-1--',
    '',
  ].join(eol);
}

/** What the library makes of a message: its text and every attachment's text, in order. */
async function libraryText(raw: string): Promise<string> {
  const email = await PostalMime.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  const parts = [email.text ?? ''];
  for (const a of email.attachments) parts.push(new TextDecoder().decode(a.content as ArrayBuffer));
  return parts.join('\n--\n');
}

const tidy = (s: string) => s.replace(/\r/g, '').replace(/[ \t]+$/gm, '').replace(/\n+/g, '\n').trim();

/** The human part's header fields in a report built around them. */
const humanFields = (headers: string[]) => fields(headers);

describe('which parts read the same undecoded as decoded', () => {
  it('takes 7-bit ASCII or UTF-8 text and the report types as they are', () => {
    for (const headers of [
      [],
      ['Content-Type: text/plain; charset=us-ascii'],
      ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: 8bit'],
      ['Content-Type: message/delivery-status'],
      ['Content-Type: message/feedback-report', 'Content-Transfer-Encoding: 7bit'],
      ['Content-Type: text/rfc822-headers'],
    ]) expect(readsAsIs(humanFields(headers)), headers.join(' ')).toBe(true);
  });

  it('sends to the library what changes when decoded: encodings, other charsets, format=flowed, HTML', () => {
    for (const headers of [
      ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'],
      ['Content-Type: text/plain', 'Content-Transfer-Encoding: base64'],
      ['Content-Type: text/plain; charset=iso-2022-jp'],
      ['Content-Type: text/plain; charset="utf-8";', '\tformat=flowed'],
      ['Content-Type: text/html; charset=us-ascii'],
    ]) expect(readsAsIs(humanFields(headers)), headers.join(' ')).toBe(false);
  });

  it('is right: the library returns exactly the body of a part it reads as it is, LF or CRLF', async () => {
    const cases: [string[], string, string][] = [
      [['Content-Type: text/plain; charset=us-ascii'], 'Your message to pat@example.org could not be delivered.\n\n  550 5.1.1 unknown', '\n'],
      [['Content-Type: text/plain'], 'plain body \u2013 8-bit', '\r\n'],
      [['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'], 'caf\u00e9 said: 550 5.1.1 unknown user', '\n'],
    ];
    for (const [headers, bodyText, eol] of cases) {
      expect(readsAsIs(humanFields(headers))).toBe(true);
      const library = await libraryText(report(headers, bodyText, eol));
      expect(tidy(library)).toContain(tidy(bodyText));
    }
  });

  it('reads a bounce through readMessage: decoded text and status fields', async () => {
    const raw = report(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], 'no such user =E2=80=93 check the address');
    const text = await readMessage(raw);
    expect(text).toContain('no such user \u2013 check the address');
    expect(text).toContain('Diagnostic-Code: smtp; 550 5.1.1 <pat@example.org>: Recipient address rejected');
  });

  it('unfolds header fields and keeps the first of each name', () => {
    const f = fields(['Content-Type: multipart/report;', '\tboundary="b1"', 'Content-Type: text/plain', 'X-Other: 1\r']);
    expect(f.get('content-type')).toBe('multipart/report; boundary="b1"');
    expect(f.get('x-other')).toBe('1');
  });
});
