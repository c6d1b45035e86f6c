/**
 * qmail (and its forks: netqmail, notqmail, s/qmail, indimail): the fixed texts of qmail-local,
 * qmail-remote, qmail-send and qmail-smtpd. qmail bounces start "Hi. This is the qmail-send
 * program at …" and put a pseudo enhanced code in brackets at the end, e.g. "(#5.1.1)".
 * Remote rejections are framed as "<host> does not like recipient." followed by "Remote host said:"
 * and the remote reply; read that reply, not the framing.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  qmail: { title: 'qmail home page', url: 'https://cr.yp.to/qmail.html' },
} as const;

const DOC = '2026-11';

export const qmail: ProviderInput = {
  id: 'qmail',
  name: 'qmail (MTA)',
  aliases: ['netqmail', 'notqmail', 'vpopmail', 'qmail-send'],
  hosts: [],
  links: [L.qmail],
  responses: [
    {
      id: 'qmail-5.1.1-no-mailbox-here',
      enhanced: '5.1.1',
      match: ['no mailbox here by that name'],
      title: 'qmail: no mailbox here by that name',
      meaning: 'qmail-local (or vpopmail) found no user or .qmail file for the local part, so the address does not exist on that server.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry; the mailbox does not exist.' },
      fix: ['Correct or suppress the address.', 'Receiving admin: create the mailbox or a .qmail alias file if the address should exist.'],
      links: [L.qmail],
      lastSeen: DOC,
    },
    {
      id: 'qmail-4.4.1-no-smtp-connection',
      enhanced: '4.4.1',
      match: ["wasn't able to establish an SMTP connection"],
      title: 'qmail: could not connect to the remote SMTP server',
      meaning:
        'qmail-remote could not open an SMTP connection to any of the recipient domain\'s mail servers. It is temporary; qmail keeps retrying until the queue lifetime (7 days by default) runs out.',
      reason: 'networkerror',
      whoActs: 'nobody',
      retry: { policy: 'automatic', advice: 'qmail retries on its own schedule; if the bounce also says "I\'m not going to try again", it has given up.' },
      fix: [
        'Test from the sending host: nc -vz <mx host> 25; a block on outbound port 25 at the hosting provider is a common cause.',
        'Check the recipient domain\'s MX records (dig MX <domain>).',
      ],
      links: [L.qmail],
      lastSeen: DOC,
    },
    {
      id: 'qmail-queue-too-long',
      match: ['this message has been in the queue too long'],
      // qmail appends this to the last attempt's error when it gives up: it is the verdict.
      matchKind: 'verdict',
      title: 'qmail: gave up, message was in the queue too long',
      meaning: 'qmail-send hit queuelifetime (7 days by default) while the last attempt still failed temporarily, so it bounced the message. The line before it is the last error.',
      reason: 'expired',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Already given up; resend once the cause in the preceding line is fixed.' },
      fix: ['Read the line above it (for example "#4.4.1" connection failures or a remote 4xx reply) and fix that, then resend.'],
      links: [L.qmail],
      lastSeen: DOC,
    },
    {
      id: 'qmail-5.4.6-looping-delivered-to',
      enhanced: '5.4.6',
      match: ['already has my Delivered-To line'],
      title: 'qmail: mail loop detected (Delivered-To already present)',
      meaning:
        'The message already carries this server\'s Delivered-To header for the same address, so it has come back to where it was delivered before: a forwarding loop.',
      reason: 'systemerror',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'Will loop again until the forwarding is fixed.' },
      fix: [
        'Look for forwarding that points back at itself: a .qmail file forwarding to an address that forwards back, or two accounts forwarding to each other.',
        'Check the Delivered-To headers in the returned copy to see the path of the loop.',
      ],
      links: [L.qmail],
      lastSeen: DOC,
    },
    {
      id: 'qmail-5.1.2-no-host-named',
      enhanced: '5.1.2',
      match: ["couldn't find any host named"],
      title: 'qmail: recipient domain does not exist',
      meaning: 'qmail-remote found no DNS records for the recipient domain, so it is permanently undeliverable.',
      reason: 'hostunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry; correct the domain first.' },
      fix: ['Check the domain for typos and confirm it with dig MX <domain> and dig A <domain>.'],
      links: [L.qmail],
      family: 'qmail-dns',
      lastSeen: DOC,
    },
    {
      id: 'qmail-5.4.4-no-mail-exchanger',
      enhanced: '5.4.4',
      match: ["couldn't find a mail exchanger or IP address"],
      title: 'qmail: no MX or address for the recipient domain',
      meaning: 'The domain exists but has no usable MX record and no address record, so qmail-remote has nowhere to deliver.',
      reason: 'hostunknown',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'Fails until the domain publishes MX (or A) records.' },
      fix: ['Check dig MX <domain>; the domain owner must publish working MX records.'],
      links: [L.qmail],
      family: 'qmail-dns',
      lastSeen: DOC,
    },
    {
      id: 'qmail-553-5.7.1-not-in-rcpthosts',
      reply: '553',
      enhanced: '5.7.1',
      match: ["isn't in my list of allowed rcpthosts"],
      title: 'qmail-smtpd: domain not in rcpthosts (relaying refused)',
      meaning:
        'qmail-smtpd only accepts mail for domains listed in control/rcpthosts (unless the client may relay). The recipient domain is not listed and the client is not allowed to relay.',
      reason: 'norelaying',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the client authenticates or the domain is added on the server.' },
      fix: [
        'Mail client: authenticate (SMTP AUTH) before sending to outside domains.',
        'If this came from the domain\'s MX, that server is missing the domain in control/rcpthosts (and virtualdomains or locals) or the MX record points at the wrong host.',
      ],
      links: [L.qmail],
      lastSeen: DOC,
    },
  ],
};
