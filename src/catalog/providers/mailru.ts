/**
 * Mail.ru (VK) mail: mail.ru, inbox.ru, list.ru, bk.ru and domains hosted on VK WorkMail; inbound
 * MX mxs.mail.ru. Mail.ru often rejects after DATA (so even "user not found" arrives at end of data)
 * and its spam rejections carry an error code and message ID that its support form wants.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  postmaster: { title: 'Postmaster Mail.ru (sender reputation dashboard)', url: 'https://postmaster.mail.ru/' },
  dmarc: { title: 'Mail.ru help: DMARC for senders', url: 'https://help.mail.ru/mail-help/postmaster/dmarc' },
} as const;

export const mailru: ProviderInput = {
  id: 'mailru',
  name: 'Mail.ru (VK Mail)',
  aliases: ['mail.ru', 'vk-mail', 'inbox.ru', 'list.ru', 'bk.ru'],
  hosts: ['mail.ru', 'mxs.mail.ru', 'inbox.ru', 'list.ru', 'bk.ru'],
  links: [L.postmaster],
  responses: [
    {
      id: 'mailru-550-invalid-mailbox',
      reply: '550',
      match: ['Message was not accepted -- invalid mailbox'],
      title: 'Mail.ru: mailbox not available (user not found or disabled)',
      meaning:
        'Mail.ru does not accept mail for this address. The text after "Local mailbox … is unavailable:" says why: "user not found" (no such account), "account is disabled" or "user is terminated" (closed account).',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry: the account does not exist or is closed. Remove it from the list.' },
      fix: [
        'Suppress the address; check for typos (mail.ru vs. mail.ry, missing letters) if it came from a form.',
        'Sending repeatedly to unknown Mail.ru users damages your reputation there; clean the list.',
      ],
      links: [L.postmaster],
      lastSeen: '2026-11',
    },
    {
      id: 'mailru-550-spam-message-rejected',
      reply: '550',
      match: ['550 spam message rejected'],
      title: 'Mail.ru: message rejected as spam',
      meaning:
        'Mail.ru\'s anti-spam filters classified the message as spam and refused it. The reply includes an error code and message ID plus a link to the support form that is pre-filled from them.',
      reason: 'spamdetected',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'The same message is refused again; change content or fix reputation, or ask support through the link.' },
      fix: [
        'Follow the link in the reply: the support form fills in the error code and message ID from it, and sending it gives Mail.ru the original message to review.',
        'Check your domain and IP in Postmaster Mail.ru (complaints, spam-trap hits) and authentication (SPF, DKIM, DMARC).',
        'Review the content: link domains, URL shorteners, image-only messages.',
      ],
      links: [L.postmaster],
      warnings: ['Do not suppress the recipient: the rejection is about the message or your reputation, not the mailbox.'],
      lastSeen: '2026-11',
    },
    {
      id: 'mailru-550-sending-disabled',
      reply: '550',
      match: ['message sending for this account is disabled'],
      title: 'Mail.ru: sending disabled for the sending account',
      meaning:
        'Seen when sending through Mail.ru\'s own SMTP with a Mail.ru account: the account is blocked from sending, usually after suspected compromise or spam from it.',
      reason: 'policyviolation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Nothing will send from the account until it is unlocked.' },
      fix: [
        'Log in to the account on the web, change or recover the password and complete any ownership check Mail.ru asks for.',
        'Check apps and devices using the account for malware or leaked credentials.',
      ],
      links: [],
      warnings: ['This is about your own Mail.ru account, not the recipient: do not suppress recipients because of it.'],
      lastSeen: '2015-09',
    },
    {
      id: 'mailru-550-5.7.1-dmarc',
      reply: '550',
      enhanced: '5.7.1',
      match: ['not accepted due to domain owner DMARC policy'],
      title: 'Mail.ru: rejected by the sender domain\'s DMARC policy',
      meaning:
        'The message failed DMARC for its From domain and that domain publishes p=reject, so Mail.ru refused it. Common cause: a website or CRM sending with From: someone@mail.ru (or another strict domain) from its own server.',
      reason: 'policyviolation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails every time until the From domain is one you authenticate.' },
      fix: [
        'Send with a From address on your own domain and sign it with DKIM for that domain (or align SPF with the envelope sender).',
        'Never put @mail.ru, @gmail.com or other third-party addresses in From on mail sent from your own servers; use Reply-To for them.',
      ],
      links: [L.dmarc],
      lastSeen: '2026-11',
    },
  ],
};
