import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/diagnose/read/index.js';
import { restorePlainParts, setAsidePlainParts } from '../../../src/diagnose/read/plain-parts.js';

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

describe('setting plain parts aside before the MIME library runs', () => {
  it('sets aside 7-bit ASCII text and delivery-status bodies, and keeps encoded ones for the library', () => {
    const raw = report(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], 'no such user =E2=80=93 check it');
    const aside = setAsidePlainParts(raw)!;
    expect(aside.bodies).toHaveLength(1);
    expect(aside.bodies[0]).toContain('Diagnostic-Code: smtp; 550 5.1.1');
    expect(aside.text).toContain('=E2=80=93'); // the encoded part is the library's to decode
    expect(aside.text).not.toContain('Diagnostic-Code');
  });

  it('leaves alone parts whose text changes when decoded: other charsets, format=flowed, HTML', () => {
    for (const headers of [
      ['Content-Type: text/plain; charset=iso-2022-jp'],
      ['Content-Type: text/plain; charset="utf-8"; format=flowed'],
      ['Content-Type: text/html; charset=us-ascii'],
      ['Content-Type: text/plain', 'Content-Transfer-Encoding: base64'],
    ]) {
      const aside = setAsidePlainParts(report(headers, 'Delivery failed for pat@example.org'))!;
      expect(aside.text, headers.join(' ')).toContain('Delivery failed for pat@example.org');
    }
  });

  it('gives the library\'s own text back once the bodies are restored, LF or CRLF', async () => {
    const cases = [
      report(['Content-Type: text/plain; charset=us-ascii'], 'Your message to pat@example.org could not be delivered.\n\n  550 5.1.1 unknown'),
      report(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], 'caf=C3=A9 said: 550 5.1.1 =\nunknown user'),
      report(['Content-Type: text/plain'], 'plain body', '\r\n'),
      // A nested multipart/alternative: the plain part inside it is set aside too.
      report(['Content-Type: multipart/alternative; boundary="inner-2"'], [
        '--inner-2', 'Content-Type: text/plain; charset=us-ascii', '', 'The inner plain text: 552 5.2.2 mailbox full', '',
        '--inner-2', 'Content-Type: text/html; charset=us-ascii', '', '<p>The inner HTML</p>', '', '--inner-2--',
      ].join('\n')),
    ];
    for (const raw of cases) {
      const aside = setAsidePlainParts(raw);
      expect(aside).not.toBeNull();
      const restored = restorePlainParts(await libraryText(aside!.text), aside);
      expect(tidy(restored)).toBe(tidy(await libraryText(raw)));
    }
  });

  it('reads a bounce the same through readMessage: decoded text, status fields, no placeholder left', async () => {
    const raw = report(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], 'no such user =E2=80=93 check the address');
    const text = await readMessage(raw);
    expect(text).toContain('no such user \u2013 check the address');
    expect(text).toContain('Diagnostic-Code: smtp; 550 5.1.1 <pat@example.org>: Recipient address rejected');
    expect(text).not.toMatch(/smtp-bot-plain-body/);
  });

  it('sets nothing aside in text that already holds a placeholder, or in a single encoded part', () => {
    expect(setAsidePlainParts(report(['Content-Type: text/plain'], 'smtp-bot-plain-body-0# spoofed'))).toBeNull();
    expect(setAsidePlainParts('Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nNTUwIDUuMS4x\n')).toBeNull();
  });

  it('restores only placeholders it made: a number it never gave stays as written', () => {
    const aside = { text: '', bodies: ['first body'] };
    expect(restorePlainParts('a smtp-bot-plain-body-0# b smtp-bot-plain-body-7# c', aside)).toBe('a first body b smtp-bot-plain-body-7# c');
  });
});
