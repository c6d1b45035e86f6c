import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.js';
import { decodeEncodedParts } from '../../../src/diagnose/read/decode-parts.js';
import { decodedReport, readMessage } from '../../../src/diagnose/read/index.js';

const parse = (raw: string) => PostalMime.parse(raw);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\n');

/** A bounce whose parts are given as [headers, body] pairs, in a multipart/report. */
function bounce(parts: [string[], string][], eol = '\n'): string {
  return [
    'Received: from mx.example.net by relay.example.net; Mon, 2 Mar 2026 10:00:00 +0000',
    'From: =?UTF-8?B?TWFpbCBEZWxpdmVyeSBTdWJzeXN0ZW0=?= <MAILER-DAEMON@mx.example.net>',
    'Subject: =?UTF-8?Q?Unzustellbar=3A_R=C3=BCckmeldung?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="rep-7"',
    '',
    'This is a MIME-encapsulated message.',
    ...parts.flatMap(([headers, body]) => ['', '--rep-7', ...headers, '', body]),
    '',
    '--rep-7--',
    '',
  ].join(eol);
}

const STATUS = 'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kim@example.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Postfach voll \u2013 mailbox full\n';

describe('decoding only the encoded parts of a report', () => {
  it('decodes a quoted-printable notice, a base64 status part and the headers, and drops an image', async () => {
    const raw = bounce([
      [['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], 'Die Nachricht an <kim@example.org> konnte nicht zugestellt werden =E2=80=93 Postfach =\nvoll.'],
      [['Content-Type: image/png', 'Content-Transfer-Encoding: base64'], 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk'],
      [['Content-Type: message/delivery-status', 'Content-Transfer-Encoding: base64'], b64(STATUS)],
    ]);
    const text = await decodedReport(raw);
    expect(text).toContain('Subject: Unzustellbar: R\u00fcckmeldung');
    expect(text).toContain('From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>');
    expect(text).toContain('konnte nicht zugestellt werden \u2013 Postfach voll.');
    expect(text).toContain('Diagnostic-Code: smtp; 552 5.2.2 Postfach voll \u2013 mailbox full');
    expect(text).not.toContain('iVBORw0KGgo');
    expect(text).not.toContain('Received:');
  });

  it('gives every part the text the library gives when it reads the message whole', async () => {
    for (const eol of ['\n', '\r\n']) {
      const raw = bounce([
        [['Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable'], 'Empf=E4nger unbekannt: <kim@example.org>'],
        [['Content-Type: message/delivery-status'], STATUS],
      ], eol);
      const whole = await readMessage(raw);
      const ours = await decodedReport(raw);
      // The parts' text (the library leaves encoded words in a From header as they are; we decode them).
      const body = (s: string) => s.slice(s.search(/\r?\n\r?\n/));
      const words = (s: string) => body(s).split(/\s+/).filter((w) => w && !w.startsWith('--') && !/^content-/i.test(w));
      expect(words(whole).length).toBeGreaterThan(15);
      for (const w of words(whole)) expect(body(ours)).toContain(w);
    }
  });

  it('renders HTML to text with the library, and decodes a single-part message in place', async () => {
    const html = bounce([[['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'], b64('<p>Delivery has failed to <b>kim@example.org</b></p><p>550 5.1.1 User unknown</p>')]]);
    const text = await decodedReport(html);
    expect(text).toContain('550 5.1.1 User unknown');
    expect(text).not.toContain('<b>');
    const single = 'From: postmaster@example.net\nSubject: failure\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n' + b64('<kim@example.org>: 550 5.1.1 no such user\n');
    expect(await decodedReport(single)).toContain('<kim@example.org>: 550 5.1.1 no such user');
  });

  it('gives the same diagnosis as the library reading the message whole', async () => {
    const raw = bounce([
      [['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], 'Your message to <kim@example.org> could not be delivered: the mailbox is =\nfull.'],
      [['Content-Type: message/delivery-status', 'Content-Transfer-Encoding: quoted-printable'], STATUS.replace('\u2013', '=E2=80=93')],
    ]);
    const d = await diagnose(raw);
    expect(d.findings[0]).toMatchObject({ reply: '552', enhanced: '5.2.2', recipient: 'kim@example.org', reason: 'mailboxfull', hardBounce: false });
  });

  it('decodes only the first 256 KB of a part, so a hostile paste costs the library bounded time', async () => {
    const filler = 'filler text that goes on and on =3D quoted =\n'.repeat(8000);
    const raw = bounce([[['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], `550 5.1.1 <kim@example.org>: no such user\n${filler}END-OF-PART-MARKER`]]);
    const text = await decodedReport(raw);
    expect(text).toContain('550 5.1.1 <kim@example.org>: no such user');
    expect(text).toContain('filler text that goes on and on = quoted filler');
    expect(text).not.toContain('END-OF-PART-MARKER');
    expect(text.length).toBeLessThan(300 * 1024);
  });

  it('leaves a structure it does not follow to the library: too many boundaries or encoded parts', async () => {
    const nested = Array.from({ length: 40 }, (_, i) => `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}`).join('\n');
    expect(await decodeEncodedParts(`Content-Type: multipart/mixed; boundary="top"\n\n--top\n${nested}\n`, parse)).toBeNull();
    const many = bounce(Array.from({ length: 20 }, () => [['Content-Type: text/plain', 'Content-Transfer-Encoding: base64'], b64('hello')] as [string[], string]));
    expect(await decodeEncodedParts(many, parse)).toBeNull();
    // …and decodedReport still reads it, through the library.
    expect(await decodedReport(many)).toContain('hello');
  });
});
