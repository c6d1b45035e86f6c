/**
 * Exim: texts its routers, transports and ACLs produce. Exim bounces ("Mail delivery failed:
 * returning message to sender") quote a remote server's reply after "SMTP error from remote mail
 * server after RCPT TO:<…>:"; that framing line is not a reason by itself, so it is not matched
 * here: look at the reply that follows it. Reject texts in ACLs are set by the local admin, so only
 * Exim's built-in wordings are listed.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  spec: { title: 'Exim specification (current)', url: 'https://www.exim.org/exim-html-current/doc/html/spec_html/index.html' },
  docs: { title: 'Exim documentation', url: 'https://www.exim.org/docs.html' },
} as const;

const DOC = '2026-11';

export const exim: ProviderInput = {
  id: 'exim',
  name: 'Exim (MTA)',
  aliases: ['exim4', 'cpanel-exim'],
  hosts: [],
  links: [L.spec],
  responses: [
    // Exim fails an address as "Unrouteable address" when every router declines it. Which router
    // declined depends on who says it: a server answering RCPT TO for a domain it is MX for has
    // no route for the local part; Exim's own bounce (no reply code) is mostly its dnslookup
    // router declining a domain DNS does not know. Listed first: with no reply code to compare,
    // the earlier of two responses sharing a fragment wins.
    {
      id: 'exim-unrouteable-address-own-bounce',
      match: ['Unrouteable address'],
      title: 'Exim (sending side): no route to the recipient domain',
      meaning:
        'The sending Exim failed the address itself, without a reply from another server: none of its routers accepted it. For a remote domain that is its dnslookup router declining because the domain does not exist in DNS, or its MX points to a host that does not exist or to a bare IP address. For one of its own local domains it means the local part is unknown.',
      reason: 'hostunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry unchanged; correct the domain (or the local part) first.' },
      fix: [
        'Check the recipient domain for typos and look it up: dig MX <domain> and dig A <domain>.',
        'Sending admin: run exim -bt user@domain to see which routers declined the address and why.',
      ],
      links: [L.spec],
      lastSeen: DOC,
    },
    {
      id: 'exim-550-unrouteable-address',
      reply: '550',
      match: ['Unrouteable address'],
      title: 'Exim: unrouteable address',
      meaning:
        'None of Exim\'s routers accepted the address: the local part does not exist on that system, or the domain is not one it handles and it may not relay for it. On the sending side it also appears when the recipient domain cannot be resolved.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry unchanged; correct the address or have the receiving admin add it.' },
      fix: [
        'Check the address and domain spelling; confirm the recipient exists.',
        'Receiving admin: check the address with exim -bt user@domain to see why no router takes it.',
      ],
      links: [L.spec],
      lastSeen: DOC,
    },
    {
      id: 'exim-retry-timeout-exceeded',
      match: ['retry timeout exceeded'],
      title: 'Exim: gave up after the retry period',
      meaning:
        'The sending Exim kept getting temporary failures for this address or host until the retry rules\' time limit ran out, so it bounced the message. The text before it is the last temporary error it got.',
      reason: 'expired',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Already given up; resend once the cause in the preceding error text is fixed.' },
      fix: [
        'Read the error before "retry timeout exceeded": it is the real cause (e.g. "452 too many recipients", a connection timeout, greylisting the sender never passed).',
        'If the destination was down for days, resend now that it is back.',
      ],
      links: [L.spec],
      family: 'exim-expired',
      lastSeen: DOC,
    },
    {
      id: 'exim-all-hosts-failing-long-time',
      match: ['have been failing for a long time'],
      title: 'Exim: all hosts for the domain have been failing for a long time',
      meaning:
        'Every MX host for the domain has failed for longer than the retry limit, and no retry is due yet, so Exim fails new messages straight away ("retry time not reached") instead of queueing them.',
      reason: 'expired',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'Resend after the destination is reachable again; on the sending host you can clear the retry data so Exim tries at once.' },
      fix: [
        'Check the destination: dig MX <domain>, then nc -vz <mx> 25 from the sending host.',
        'Once it works again: see the retry state with exinext <domain>, force queued messages with exim -M <message-id> (ignores retry times) or clear the retry record with exim_fixdb, then resend what bounced.',
      ],
      links: [L.spec],
      family: 'exim-expired',
      lastSeen: DOC,
    },
    {
      id: 'exim-550-relay-not-permitted',
      reply: '550',
      match: ['relay not permitted'],
      title: 'Exim: relay not permitted',
      meaning:
        'The default Exim configuration refused the recipient because the domain is not local or a relay domain and the client is not an allowed relay host or authenticated user.',
      reason: 'norelaying',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the client authenticates or the server is set up for that domain.' },
      fix: [
        'Mail client or app: authenticate (port 587, STARTTLS) before sending to outside domains.',
        'If this came from a domain\'s MX, its Exim is not configured for the domain (local_domains/relay_to_domains) or the MX records point at the wrong server.',
      ],
      links: [L.spec],
      lastSeen: DOC,
    },
    {
      id: 'exim-550-sender-verify-failed',
      reply: '550',
      match: ['Sender verify failed'],
      title: 'Exim: sender address verification failed',
      meaning:
        'The receiving Exim checked the envelope sender (verify = sender, sometimes with a callout to the sender domain\'s MX) and the address was found to be undeliverable.',
      reason: 'rejected',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the envelope sender is a real, deliverable address.' },
      fix: [
        'Use an envelope sender (Return-Path) that exists and accepts mail, including bounces (null sender).',
        'Make sure the sender domain has working MX records and that its server does not reject the verification probe.',
      ],
      links: [L.spec],
      family: 'exim-sender-verify',
      lastSeen: DOC,
    },
    {
      id: 'exim-451-could-not-complete-sender-verify',
      reply: '451',
      match: ['Could not complete sender verify'],
      title: 'Exim: sender verification could not be completed (temporary)',
      meaning:
        'The receiving Exim tried to verify the envelope sender but got a temporary failure, often because the sender domain\'s MX did not answer the callout in time.',
      reason: 'rejected',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Retried by the queue; if it persists, the sender domain\'s MX is unreachable or slow for callouts.' },
      fix: ['Check that the sender domain\'s MX hosts accept connections on port 25 from the internet and answer RCPT for the sender address promptly.'],
      links: [L.spec],
      family: 'exim-sender-verify',
      lastSeen: DOC,
    },
    {
      id: 'exim-mailbox-full-mta-quota',
      match: ['MTA-imposed quota exceeded'],
      title: 'Exim: mailbox full (quota set in Exim)',
      meaning: 'Exim\'s appendfile transport would exceed the mailbox quota configured for the recipient, so it could not write the message.',
      reason: 'mailboxfull',
      whoActs: 'recipient',
      retry: { policy: 'automatic', advice: 'Exim retries for a while; it succeeds once the recipient frees space, otherwise it bounces at the end of the retry period.' },
      fix: ['Tell the recipient (another way) to empty their mailbox, or ask the receiving admin to raise the quota.'],
      links: [L.spec],
      warnings: ['A full mailbox is not an unknown user: do not suppress on the first occurrence.'],
      lastSeen: DOC,
    },
    {
      id: 'exim-421-too-many-concurrent-connections',
      reply: '421',
      match: ['Too many concurrent SMTP connections from this IP'],
      title: 'Exim: too many concurrent connections from your IP',
      meaning: 'The client has more connections open to that Exim server than smtp_accept_max_per_host allows.',
      reason: 'toomanyconn',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Retries get through once fewer connections are open; reduce concurrency to that host.' },
      fix: ['Send fewer messages in parallel to that destination (queue or connection-pool limits in the sending app or MTA).'],
      links: [L.spec],
      lastSeen: DOC,
    },
  ],
};
