/**
 * Mimecast email security gateway (MX hosts *.mimecast.com, regional variants such as
 * *.mimecast.co.za). Mimecast's "SMTP Error Codes" knowledge-base article lists the texts its MTAs
 * give; the texts are policy outcomes configured by the receiving organisation, so Mimecast itself
 * only talks to the recipient's designated administrators. In practice the sender has to reach the
 * recipient through another channel and ask their admin to look at the Mimecast logs.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  codes: {
    title: 'Mimecast: SMTP error codes (policies)',
    url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
  },
  blocked: {
    title: 'Mimecast: managing blocked senders and email rejections',
    url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections',
  },
} as const;

/** Revision of the Mimecast KB article the wordings were checked against. */
const DOC = '2026-11';

const ASK_ADMIN =
  'Contact the recipient by phone or another address and ask their IT team to look up the rejected message in Mimecast (Message Center, rejected and deferred messages) and adjust the policy; Mimecast support only deals with its customer\'s designated contacts.';
const NO_SUPPRESS =
  'This is a policy or reputation decision at one organisation\'s gateway, not a dead mailbox: do not suppress the recipient address.';

export const mimecast: ProviderInput = {
  id: 'mimecast',
  name: 'Mimecast Email Security',
  aliases: ['mimecast-gateway'],
  hosts: ['mimecast.com', 'mimecast.co.za'],
  links: [L.codes, L.blocked],
  responses: [
    {
      id: 'mimecast-421-sender-address-blocked',
      reply: '421',
      match: ['421 Sender address blocked'],
      title: 'Sender blocked by a Blocked Senders policy (deferred)',
      meaning:
        'The recipient organisation has a Blocked Senders policy entry that matches the sending IP address. Mimecast answers with a temporary code, so the sending server keeps retrying until the message expires.',
      reason: 'blocked',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'Retries will keep failing until the recipient\'s admin removes the policy entry; let it expire or cancel it and resend afterwards.' },
      fix: [ASK_ADMIN, 'Give them the sending IP and the exact time of the attempt so they can find the matching Blocked Senders entry.'],
      links: [L.codes, L.blocked],
      family: 'mimecast-policy-block',
      warnings: [NO_SUPPRESS, 'Although it is a 4xx code, it is not a load problem: nothing changes without the recipient admin.'],
      lastSeen: DOC,
    },
    {
      id: 'mimecast-421-unable-to-process',
      reply: '421',
      match: ['Unable to process connection at this time'],
      title: 'Mimecast busy: connection deferred',
      meaning: 'The Mimecast MTA is at its maximum load and turns the connection away for now. The message is accepted on a later attempt.',
      reason: 'systemerror',
      whoActs: 'nobody',
      retry: { policy: 'automatic', advice: 'Normal queue retries (minutes, backing off) deliver it once the load drops; no action needed unless it lasts hours.' },
      fix: ['Leave the message queued.', 'If it persists for hours across many Mimecast-hosted domains, check Mimecast\'s public status page for an incident.'],
      links: [L.codes],
      lastSeen: DOC,
    },
    {
      id: 'mimecast-451-internal-resource',
      reply: '451',
      match: ['Internal resource temporarily unavailable', 'Internal resources are temporarily unavailable'],
      title: 'Greylisting or reputation check in progress',
      meaning:
        'Mimecast temporarily refuses the message, either because the sender is being greylisted (it must retry between about one minute and 12 hours later) or because the sending IP has poor reputation and Mimecast is fetching fresh reputation data.',
      // Filed as greylisting is elsewhere in the catalog (Postgrey's 450 4.2.0): a policy that holds the
      // message for now; nothing about the sender's address has been refused.
      reason: 'policyviolation',
      whoActs: 'nobody',
      retry: { policy: 'automatic', advice: 'A normal MTA retries and gets through; make sure the retry comes from the same IP within a few hours, as greylisting expects.' },
      fix: [
        'Confirm your MTA retries 4xx replies rather than bouncing them (some web apps and APIs do not).',
        'If it never clears, check the sending IP on public blocklists and fix reputation problems.',
        'The recipient\'s admin can bypass these checks with an Auto Allow or Permitted Senders entry if the sender is trusted.',
      ],
      links: [L.codes],
      family: 'mimecast-greylist',
      warnings: ['A sending system that does not retry 4xx replies will lose these messages; the fix is to retry, not to contact Mimecast.'],
      lastSeen: DOC,
    },
    {
      id: 'mimecast-550-poor-reputation-sender',
      reply: '550',
      match: ['Poor Reputation Sender', 'csi.mimecast.org'],
      title: 'Rejected: sending IP has poor reputation (Mimecast/Cloudmark data)',
      meaning:
        'Mimecast rejected the connection because the sending IP has a poor reputation in the reputation data it checks (csi.mimecast.org refers to Cloudmark Sender Intelligence data).',
      reason: 'badreputation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Retrying from the same IP keeps failing; reroute urgent mail and retry after the reputation is fixed.' },
      fix: [
        'Look the IP up in Cloudmark Sender Intelligence (csi.cloudmark.com) and request a reset there if it has a poor score.',
        'Find and stop the source of bad traffic from that IP (compromised accounts, bulk mail to old lists).',
        'If you are certain the IP is clean, ask the recipient to have their admin add a Permitted Senders entry.',
      ],
      links: [L.codes],
      warnings: ['Never suppress the recipient address because of this: it is about the sending IP.'],
      lastSeen: '2015-08',
    },
    {
      id: 'mimecast-550-anti-spoofing',
      reply: '550',
      match: ['Rejected by header based Anti-Spoofing policy'],
      title: 'Rejected by Mimecast Anti-Spoofing policy',
      meaning:
        'The message claims to come from a domain the recipient organisation protects (usually its own) but arrived from a source Mimecast was not told to trust, so the header-based Anti-Spoofing policy rejected it.',
      reason: 'policyviolation',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'It fails the same way until the recipient admin adds an exception or the sender stops using the protected domain.' },
      fix: [
        'Typical case: a third-party platform (CRM, ticketing, newsletter tool) sends as the recipient\'s own domain. The recipient admin must add an Anti-Spoofing exception for that platform\'s IPs or envelope sender.',
        'Make sure SPF includes the platform and DKIM signs with the From domain so the exception can be narrow.',
        ASK_ADMIN,
      ],
      links: [L.codes],
      warnings: [NO_SUPPRESS, 'Passing SPF, DKIM and DMARC does not by itself get past this policy; it is a local rule at the recipient.'],
      lastSeen: DOC,
    },
    {
      id: 'mimecast-554-security-policies',
      reply: '554',
      match: ['Email rejected due to security policies'],
      title: 'Rejected by Mimecast security policies (content or attachment)',
      meaning:
        'Mimecast rejected the message after looking at it: spam scoring, a spam signature, a URL or attachment check, or a recipient-specific control blocked it. The bounce does not say which one.',
      reason: 'spamdetected',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'Sending the same message again gives the same result; change the content or get the recipient\'s admin to release or allow it.' },
      fix: [
        'Retry with a plain message without attachments or links to see whether content triggers it.',
        'Remove or zip-and-share risky attachments (executables, macros, archives) and shorten-link URLs.',
        ASK_ADMIN,
      ],
      links: [L.codes],
      family: 'mimecast-content-block',
      warnings: [NO_SUPPRESS, 'It can hit one recipient and not another at the same company: policies and personal block lists differ per mailbox.'],
      lastSeen: DOC,
    },
    {
      id: 'mimecast-550-envelope-blocked',
      reply: '550',
      match: ['Administrative prohibition - envelope blocked'],
      title: 'Envelope blocked by a Mimecast policy',
      meaning:
        'A Mimecast policy at the recipient organisation (typically a Blocked Senders entry for the envelope sender or its domain) blocked the message based on its envelope.',
      reason: 'blocked',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'Will not succeed until the recipient admin removes or overrides the block.' },
      fix: [ASK_ADMIN, 'Send them the envelope sender (Return-Path) address, the sending IP and the time.'],
      links: [L.codes, L.blocked],
      family: 'mimecast-policy-block',
      warnings: [
        NO_SUPPRESS,
        'Match on the whole phrase: "Administrative prohibition" alone is a generic wording other MTAs use too.',
      ],
      lastSeen: '2026-07',
    },
    {
      id: 'mimecast-550-envelope-blocked-user-entry',
      reply: '550',
      match: ['Envelope blocked - User Entry', 'Envelope blocked \u2013 User Entry'],
      title: 'Blocked by a Blocked Senders entry at the recipient',
      meaning:
        'A Blocked Senders entry on the recipient\'s side, added by the user (Mimecast personal portal or Outlook plugin) or by their admin, matches the envelope sender or its domain. It is not about your IP or reputation: other people at the same organisation still get your mail.',
      reason: 'filtered',
      whoActs: 'recipient',
      retry: { policy: 'after-fix', advice: 'Fails every time until the entry is removed on the recipient\'s side.' },
      fix: [
        'Ask the recipient, by another channel, to remove your address or domain from their Blocked Senders list, or their IT team to find the entry that matched.',
        'Compare the envelope sender (Return-Path) of the refused message with mail that gets through: an entry can name a single address.',
      ],
      links: [L.codes],
      family: 'mimecast-policy-block',
      warnings: ['It is one recipient\'s (or one organisation\'s) choice: it says nothing about other recipients, and nothing changes on your side.'],
      lastSeen: '2026-11',
    },
  ],
};
