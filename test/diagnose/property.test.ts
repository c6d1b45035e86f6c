/**
 * Property tests: whatever is pasted, diagnosis never throws and never reports a code that is not
 * in the text. A made-up code is worse than none during an incident. Inputs stay plain text (no
 * MIME), because in an encoded part a code may legitimately appear only after decoding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';
import type { Diagnosis } from '../../src/diagnose/types.js';

const replyCode = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })).map((d) => d.join(''));
const enhancedCode = fc
  .tuple(fc.constantFrom('2', '4', '5', '3', '9'), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 1000 }))
  .map((d) => d.join('.'));
const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' ');

// Pieces of the shapes the engine looks for, so random text lands on its code paths.
const fragment = fc.oneof(
  replyCode,
  enhancedCode,
  fc.tuple(replyCode, fc.constantFrom(' ', '-', '  '), enhancedCode).map((p) => p.join('')),
  fc.constantFrom(
    'said:', ' said: ', 'Diagnostic-Code: smtp; ', 'Diagnostic-Code:', 'Status: ', 'Action: failed', 'dsn=', 'status=bounced (',
    'status=deferred', '(in reply to RCPT TO command)', 'RCPT TO:<', 'MAIL FROM:<>', '<~ ', '<- ', '<** ', ' -> ', '>>> ', '<<< ',
    'Remote Server returned \'', 'SMTP error from remote mail server after RCPT TO:', 'Remote host said:', '#', '(#', '[', ']', '<', '>',
    '(', ')', '{', '}', '"', "'", '`', 'gsmtp', ' - ', '; ', ':', 'host mx.example.com[192.0.2.1]', 'user@example.com',
    '4.16.55.1', 'v5.1.1', 'HTTP/1.1 ', 'SIP/2.0 ', 'ftp> ', 'STOR ', 'try again in 5 minutes', 'greylisted', 'User unknown',
    'mailbox full', '\u00a0', '\t', '\u3000', '\ufeff',
  ),
  lineEnd,
);

const smtpish = fc.array(fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 60 }).map((xs) => xs.join(''));
const multiline = fc
  .array(fc.tuple(fc.constantFrom('', '550-', '550 ', '421-', '421 ', '  '), smtpish), { maxLength: 12 })
  .map((ls) => ls.map(([p, s]) => p + s).join('\n'));

function codesOf(d: Diagnosis): string[] {
  return d.findings.flatMap((f) => [f.reply, f.enhanced]).filter((c): c is string => c !== null);
}

async function check(text: string): Promise<void> {
  const d = await diagnose(text);
  expect(typeof d.autoReply).toBe('boolean');
  for (const code of codesOf(d)) {
    expect(text.includes(code), `code ${code} is not in the input ${JSON.stringify(text.slice(0, 300))}`).toBe(true);
  }
}

describe('diagnose properties', () => {
  it('random unicode text never throws and yields only codes present in it', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('SMTP-ish fragments spliced together never throw and yield only codes present', async () => {
    await fc.assert(fc.asyncProperty(smtpish, check), { numRuns: 500 });
  });

  it('multi-line replies with mixed line endings yield only codes present', async () => {
    await fc.assert(fc.asyncProperty(multiline, check), { numRuns: 300 });
  });

  it('random text around a real reply yields only codes present', async () => {
    const around = fc
      .tuple(fc.string({ maxLength: 80 }), replyCode, fc.constantFrom(' ', '-'), enhancedCode, fc.string({ maxLength: 80 }))
      .map(([a, r, sep, e, b]) => `${a} said: ${r}${sep}${e} ${b}`);
    await fc.assert(fc.asyncProperty(around, check), { numRuns: 300 });
  });

  it('every finding carries its evidence and well-formed codes', async () => {
    await fc.assert(
      fc.asyncProperty(smtpish, async (text) => {
        const d = await diagnose(text);
        for (const f of d.findings) {
          if (f.reply !== null) expect(f.reply).toMatch(/^[2-5]\d\d$/);
          if (f.enhanced !== null) expect(f.enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
          expect(typeof f.evidence).toBe('string');
        }
      }),
      { numRuns: 200 },
    );
  });
});
