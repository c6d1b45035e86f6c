import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

/**
 * Events from e-mail APIs, as a webhook log or a dashboard's "copy JSON" gives them: on one line,
 * and pretty-printed. The shapes follow each service's documented fields; the values are made up.
 */
const pretty = (oneLine: string) => JSON.stringify(JSON.parse(oneLine), null, 2);
const both = (oneLine: string) => [['one line', oneLine], ['pretty-printed', pretty(oneLine)]] as const;

const sesTwoRecipients = JSON.stringify({
  notificationType: 'Bounce',
  bounce: {
    bounceType: 'Permanent', bounceSubType: 'General',
    bouncedRecipients: [
      { emailAddress: 'ines@example.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 <ines@example.com>: Recipient address rejected: User unknown in local recipient table' },
      { emailAddress: 'omar@example.net', action: 'failed', status: '5.7.1', diagnosticCode: 'smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using zen.spamhaus.org' },
    ],
    timestamp: '2026-11-20T09:00:00.000Z', reportingMTA: 'dsn; a9-12.smtp-out.amazonses.com',
  },
  mail: { source: 'billing@ours.example', destination: ['ines@example.com', 'omar@example.net'] },
});

describe('SES bounce notifications', () => {
  for (const [shape, text] of both(sesTwoRecipients)) {
    it(`gives each bounced recipient its own reply (${shape})`, async () => {
      const { findings, autoReply } = await diagnose(text);
      expect(autoReply).toBe(true);
      expect(findings).toHaveLength(2);
      const ines = findings.find((f) => f.recipient === 'ines@example.com');
      const omar = findings.find((f) => f.recipient === 'omar@example.net');
      // Before, the second recipient's 554 was given to the first: its "status" and then its
      // "diagnosticCode" were two answers with no new address between them.
      expect(ines).toMatchObject({ reply: '550', enhanced: '5.1.1', reason: 'userunknown', hardBounce: true });
      expect(ines!.evidence).toBe('smtp; 550 5.1.1 <ines@example.com>: Recipient address rejected: User unknown in local recipient table');
      expect(omar).toMatchObject({ reply: '554', enhanced: '5.7.1', reason: 'blocked', hardBounce: false });
      expect(omar!.evidence).toBe('smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using zen.spamhaus.org');
    });
  }
});

describe('SendGrid events', () => {
  const batch = JSON.stringify([
    { email: 'ines@example.com', timestamp: 1764400000, event: 'bounce', reason: '550 5.1.1 <ines@example.com>: Recipient address rejected: User unknown', status: '5.1.1', type: 'bounce', sg_event_id: 'ev-1' },
    { email: 'omar@example.net', timestamp: 1764400001, event: 'deferred', response: '451 4.7.1 Greylisted, please try again in 180 seconds', attempt: '2', sg_event_id: 'ev-2' },
    { email: 'lena@example.org', timestamp: 1764400002, event: 'delivered', response: '250 2.0.0 OK 1764400002 a1si42', sg_event_id: 'ev-3' },
  ]);

  for (const [shape, text] of both(batch)) {
    it(`reads each event of a posted batch for its own address (${shape})`, async () => {
      const { findings } = await diagnose(text);
      expect(findings.map((f) => [f.recipient, f.reply, f.enhanced, f.reason])).toEqual([
        ['ines@example.com', '550', '5.1.1', 'userunknown'],
        ['omar@example.net', '451', '4.7.1', 'policyviolation'],
        ['lena@example.org', '250', '2.0.0', 'delivered'],
      ]);
      expect(findings[1]).toMatchObject({ permanent: false, whoActs: 'nobody', retryAfterSeconds: 180 });
      expect(findings[0]!.evidence).toBe('550 5.1.1 <ines@example.com>: Recipient address rejected: User unknown');
    });
  }

  it('reads a dropped message as suppressed by SendGrid, not as the address being bad today', async () => {
    for (const reason of ['Bounced Address', 'Unsubscribed Address', 'Spam Reporting Address']) {
      const { findings } = await diagnose(JSON.stringify({ email: 'old@example.com', timestamp: 1764400000, event: 'dropped', reason, status: '5.0.0', sg_event_id: 'ev-9', sg_message_id: 'msg-9.filter0001' }));
      expect(findings[0], reason).toMatchObject({ recipient: 'old@example.com', enhanced: '5.0.0', reason: 'suppressed', hardBounce: false, whoActs: 'sender' });
    }
  });
});

describe('Mailgun events', () => {
  const failed = JSON.stringify({
    signature: { timestamp: '1764400000', token: 'tok', signature: 'sig' },
    'event-data': {
      event: 'failed', id: 'Qx1', timestamp: 1764400000.5, severity: 'permanent', reason: 'bounce', recipient: 'ines@example.com', 'log-level': 'error',
      'delivery-status': { 'attempt-no': 1, message: '', code: 550, 'enhanced-code': '5.1.1', description: 'No such mailbox here', 'session-seconds': 0.4, 'mx-host': 'mx.example.com' },
      message: { headers: { to: 'Ines <ines@example.com>', from: 'Billing <billing@ours.example>', subject: 'Invoice' } },
    },
  });

  for (const [shape, text] of both(failed)) {
    it(`reads "enhanced-code" beside "code" and shows the delivery-status object (${shape})`, async () => {
      const [f] = (await diagnose(text)).findings;
      expect(f).toMatchObject({ recipient: 'ines@example.com', reply: '550', enhanced: '5.1.1', hardBounce: true });
      expect(f!.evidence).toContain('"code":');
      expect(f!.evidence).toContain('No such mailbox here');
      expect(f!.evidence).not.toContain('signature');
    });
  }
});

describe('Postmark bounce webhooks', () => {
  it('shows the Details string as the evidence', async () => {
    const text = JSON.stringify({
      RecordType: 'Bounce', ID: 4000000001, Type: 'SoftBounce', TypeCode: 4096, Name: 'Soft bounce/Undeliverable', Tag: 'invoices', MessageID: '1b2c3d4e-0000-4000-8000-000000000000',
      Description: 'Unable to temporarily deliver this email.', Details: 'smtp;452 4.2.2 Mailbox over quota, try again later', Email: 'ines@example.com', From: 'billing@ours.example',
      BouncedAt: '2026-11-29T08:00:00Z', Inactive: false, CanActivate: true,
    });
    const [f] = (await diagnose(text)).findings;
    expect(f).toMatchObject({ recipient: 'ines@example.com', reply: '452', enhanced: '4.2.2', reason: 'mailboxfull', permanent: false });
    expect(f!.evidence).toBe('smtp;452 4.2.2 Mailbox over quota, try again later');
  });
});

describe('complaint events', () => {
  const complaints: [string, object][] = [
    ['SES', { notificationType: 'Complaint', complaint: { feedbackId: 'f-1', complainedRecipients: [{ emailAddress: 'ines@example.com' }], complaintFeedbackType: 'abuse', timestamp: '2026-11-20T09:00:00.000Z' }, mail: { source: 'news@ours.example', destination: ['ines@example.com'] } }],
    ['Postmark', { RecordType: 'SpamComplaint', Type: 'SpamComplaint', TypeCode: 512, Description: 'The subscriber explicitly marked this message as spam.', Email: 'ines@example.com', From: 'news@ours.example' }],
    ['SendGrid', { email: 'ines@example.com', timestamp: 1764400000, event: 'spamreport', sg_event_id: 'ev-5' }],
    ['Mailgun', { 'event-data': { event: 'complained', recipient: 'ines@example.com', timestamp: 1764400000.1 } }],
    ['Resend', { type: 'email.complained', data: { from: 'News <news@ours.example>', to: ['ines@example.com'], subject: 'Weekly' } }],
  ];

  for (const [service, event] of complaints) {
    it(`reads ${service}'s complaint as a feedback report for the recipient, not a bounce`, async () => {
      const d = await diagnose(JSON.stringify(event));
      // Nothing failed in SMTP, so the bot does not answer it unasked.
      expect(d.autoReply).toBe(false);
      expect(d.findings).toHaveLength(1);
      expect(d.findings[0]).toMatchObject({ recipient: 'ines@example.com', reason: 'feedback', hardBounce: false, reply: null });
    });
  }

  it('does not take an event that only mentions spam for a complaint', async () => {
    const [f] = (await diagnose(JSON.stringify({ email: 'ines@example.com', event: 'bounce', type: 'blocked', reason: '554 5.7.1 Message rejected as spam by content filter', status: '5.7.1' }))).findings;
    expect(f).toMatchObject({ reply: '554', enhanced: '5.7.1', reason: 'spamdetected' });
  });
});
