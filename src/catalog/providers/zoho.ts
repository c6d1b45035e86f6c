/**
 * Zoho Mail (inbound MX mx.zoho.com and regional variants, outbound smtp.zoho.com /
 * smtpout.mail.zoho.com) and ZeptoMail, Zoho's transactional sending service. Two of the replies
 * below are about the sender's own Zoho account (outbound), not about a remote recipient.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  zepto: { title: 'ZeptoMail SMTP error codes', url: 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html' },
} as const;

export const zoho: ProviderInput = {
  id: 'zoho',
  name: 'Zoho Mail / ZeptoMail',
  aliases: ['zohomail', 'zeptomail'],
  hosts: ['zoho.com', 'zohomail', 'zoho.eu', 'zoho.in'],
  links: [L.zepto],
  responses: [
    {
      id: 'zoho-550-5.4.6-unusual-sending-activity',
      reply: '550',
      enhanced: '5.4.6',
      match: ['Unusual sending activity detected'],
      title: 'Zoho account blocked from sending: unusual activity',
      meaning:
        'Zoho stopped outgoing mail from the sending Zoho account because its sending pattern looked abnormal (a new account sending immediately, a burst of mail, signs of a compromised password).',
      reason: 'policyviolation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Nothing goes out from that account until Zoho lifts the block; resend afterwards.' },
      fix: [
        'Change the account password and review active sessions and app passwords in case it was compromised.',
        'Contact Zoho support (from the admin console) to have outgoing mail unblocked, explaining the traffic.',
        'For bulk or application mail, use a service meant for it (ZeptoMail or an ESP) instead of a mailbox account.',
      ],
      links: [],
      differsFromRegistry: 'RFC 3463 defines X.4.6 as a routing loop; Zoho uses 5.4.6 for an account sending block.',
      family: 'zoho-outbound-block',
      warnings: ['This is about your own Zoho account, not the recipient: do not suppress recipients because of it.'],
      lastSeen: '2026-11',
    },
    {
      id: 'zoho-554-5.1.8-sender-address-blocked',
      reply: '554',
      enhanced: '5.1.8',
      match: ['5.1.8 Sender Address Blocked'],
      title: 'Zoho outgoing: sender address blocked',
      meaning:
        'Zoho\'s outgoing SMTP refused to send from this address: the account is blocked from sending, usually after suspected abuse or for exceeding sending limits.',
      reason: 'policyviolation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Stays blocked until Zoho or the organisation admin unblocks the account.' },
      fix: [
        'Ask the Zoho organisation admin to check the user\'s outgoing status in the admin console.',
        'Secure the account (password, app passwords) and contact Zoho support to unblock.',
      ],
      links: [],
      differsFromRegistry: 'RFC 3463 X.1.8 means the sender\'s domain is bad; Zoho uses it for a blocked sending account.',
      family: 'zoho-outbound-block',
      lastSeen: '2026-11',
    },
    {
      id: 'zoho-553-relaying-disallowed',
      reply: '553',
      match: ['Relaying disallowed'],
      // Many MTAs say this; it is Zoho's response only when Zoho's host answered.
      matchKind: 'needs-host',
      title: 'Relaying disallowed (domain not set up, or From not allowed)',
      meaning:
        'Inbound: Zoho\'s MX has no mail hosting set up for the recipient domain. Outbound (Zoho SMTP or ZeptoMail): the From address is not one the authenticated account is allowed to send as.',
      reason: 'norelaying',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'Fails until the domain is added and verified in Zoho, or the From address is corrected.' },
      fix: [
        'Inbound: the recipient domain\'s owner must finish adding and verifying the domain in Zoho Mail, or fix MX records that point to Zoho by mistake.',
        'Outbound: send with a From address that belongs to the authenticated Zoho account (or an alias/verified domain configured for it).',
      ],
      links: [L.zepto],
      warnings: ['If you are the sender to a Zoho-hosted domain, this is the recipient domain\'s setup problem, not a missing mailbox.'],
      lastSeen: '2026-11',
    },
    {
      id: 'zoho-552-5.7.1-virus-detected',
      reply: '552',
      enhanced: '5.7.1',
      match: ['detected by Zoho Mail'],
      title: 'Virus detected by Zoho Mail',
      meaning: 'Zoho\'s scanner found malware (or a test signature such as EICAR) in the message or an attachment and refused it.',
      reason: 'virusdetected',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'The same content is refused every time; clean it and send again.' },
      fix: [
        'Scan the attachment and the sending machine with an up-to-date antivirus.',
        'If the file is legitimate but flagged, share it by link instead of attachment.',
      ],
      links: [L.zepto],
      lastSeen: '2026-11',
    },
  ],
};
