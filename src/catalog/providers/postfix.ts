/**
 * Postfix: the texts its smtpd(8) sends when a restriction rejects (these reach you from any
 * receiving Postfix, i.e. from thousands of providers), plus what its own smtp(8) client writes into
 * bounces and logs ("host … said:", "delivery temporarily suspended"). Reply codes for restrictions
 * are configurable (e.g. unknown_client_reject_code, unknown_address_reject_code), so the same text
 * can come as 450 or 550; the codes given are the defaults or the most common ones.
 * "Greylisted" comes from postgrey, the common Postfix policy server.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  postconf: { title: 'Postfix configuration parameters (postconf(5))', url: 'https://www.postfix.org/postconf.5.html' },
  access: { title: 'Postfix SMTP relay and access control', url: 'https://www.postfix.org/SMTPD_ACCESS_README.html' },
  local: { title: 'Postfix: rejecting unknown local recipients', url: 'https://www.postfix.org/LOCAL_RECIPIENT_README.html' },
  virtual: { title: 'Postfix virtual domain hosting', url: 'https://www.postfix.org/VIRTUAL_README.html' },
} as const;

const DOC = '2026-11';

export const postfix: ProviderInput = {
  id: 'postfix',
  name: 'Postfix (MTA)',
  aliases: ['postgrey', 'smtpd', 'postscreen'],
  hosts: [],
  links: [L.postconf, L.access],
  responses: [
    {
      id: 'postfix-550-5.1.1-unknown-local-recipient',
      reply: '550',
      enhanced: '5.1.1',
      match: ['User unknown in local recipient table'],
      title: 'Postfix: user unknown (local recipient table)',
      meaning:
        'The receiving Postfix looked the recipient up in its local recipient maps (system users and aliases) and did not find it, so the address does not exist there.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry the address as is; it will be refused every time.' },
      fix: [
        'Sender: check the address for typos; suppress it if it is wrong.',
        'Receiving admin who expects it to exist: add the user or an alias, or if mail for that domain belongs elsewhere, remove the domain from mydestination.',
      ],
      links: [L.local],
      family: 'postfix-user-unknown',
      lastSeen: DOC,
    },
    {
      id: 'postfix-550-5.1.1-unknown-virtual-mailbox',
      reply: '550',
      enhanced: '5.1.1',
      match: ['User unknown in virtual mailbox table', 'User unknown in virtual alias table'],
      title: 'Postfix: user unknown (virtual mailbox or alias table)',
      meaning: 'The domain is hosted as a virtual domain on that Postfix, and the recipient is in neither its virtual mailbox nor its virtual alias maps.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry; the address does not exist on the receiving system.' },
      fix: [
        'Sender: verify the address with the recipient and suppress it if wrong.',
        'Receiving admin: add the mailbox or alias to the virtual maps (and run postmap if they are hash/lmdb files).',
      ],
      links: [L.virtual],
      family: 'postfix-user-unknown',
      lastSeen: DOC,
    },
    {
      id: 'postfix-554-5.7.1-relay-access-denied',
      reply: '554',
      enhanced: '5.7.1',
      match: ['>: Relay access denied'],
      title: 'Postfix: relay access denied',
      meaning:
        'The server is not the destination for the recipient domain and does not recognise the client as allowed to relay (not in mynetworks, not authenticated). Sender-side: you are using the wrong server or did not log in; receiver-side: the domain is not configured as local/virtual/relay on that server.',
      reason: 'norelaying',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until authentication or the server\'s domain configuration changes.' },
      fix: [
        'Mail client or app: enable SMTP authentication (port 587 with STARTTLS) with valid credentials.',
        'If you delivered directly to an MX and got this, that MX does not host the domain: check the domain\'s MX records and whether the receiving admin listed the domain (mydestination, virtual_mailbox_domains or relay_domains).',
      ],
      links: [L.access],
      lastSeen: DOC,
    },
    {
      id: 'postfix-450-4.7.1-cannot-find-your-hostname',
      reply: '450',
      enhanced: '4.7.1',
      match: ['Client host rejected: cannot find your hostname', 'cannot find your reverse hostname'],
      title: 'Postfix: client rejected, no usable reverse DNS',
      meaning:
        '"cannot find your hostname" (reject_unknown_client_hostname): the IP has no PTR, or the PTR name does not resolve back to the same IP. "cannot find your reverse hostname" (reject_unknown_reverse_client_hostname): there is no PTR at all. Sent as 450 by default (temporary DNS trouble is possible) or 550 where the admin changed the code.',
      reason: 'requireptr',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Retries only help if DNS was briefly failing; otherwise fix PTR, then let the queue retry.' },
      fix: [
        'Check: dig -x <sending ip> +short must give a name, and dig <that name> +short must return the same IP.',
        'Ask whoever owns the IP (hosting or ISP) to set the PTR to your mail server\'s name, and add the matching A/AAAA record.',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      id: 'postfix-504-5.5.2-helo-not-fqdn',
      reply: '504',
      enhanced: '5.5.2',
      match: ['Helo command rejected: need fully-qualified hostname'],
      title: 'Postfix: HELO name is not fully qualified',
      meaning:
        'The sending client greeted with a bare name ("server", "localhost", a Windows machine name) and the receiver uses reject_non_fqdn_helo_hostname.',
      // A refusal of the client by its HELO name, as Sisimai files every "Helo command rejected:".
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Every attempt fails until the client sends a fully qualified HELO name.' },
      fix: [
        'Postfix sender: set myhostname (or smtp_helo_name) to a real FQDN such as mail.example.com.',
        'Exim: set primary_hostname / helo_data; applications: configure the SMTP library\'s local hostname.',
        'Make the HELO name resolve in DNS, ideally matching the PTR of the sending IP.',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      // Seen from Postfix 3.7's postscreen with a deny-list entry and the "drop" action.
      id: 'postfix-521-5.3.2-postscreen-drop',
      reply: '521',
      enhanced: '5.3.2',
      match: ['5.3.2 Service currently unavailable'],
      title: 'Postfix postscreen: client turned away before SMTP',
      meaning:
        'The receiving Postfix\'s postscreen refused the sending client before any SMTP session: its IP is on the site\'s deny list or a DNS blocklist, or it talked before the greeting. With the "drop" action postscreen answers 521 and hangs up; with "enforce" the same text comes with 550 to each RCPT TO. Despite the 521, it is this client that is refused, not the domain that takes no mail.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Every connection from that IP is turned away until it is delisted or allowed.' },
      fix: [
        'Check the sending IP on the public blocklists (Spamhaus ZEN and the like); fix the cause, then request removal.',
        'Make sure the client waits for the 220 greeting before it sends EHLO: speaking first is a bot\'s sign postscreen drops.',
        'If the IP is clean, ask the recipient\'s postmaster to check their postscreen_access_list and DNSBL settings for it.',
      ],
      links: [L.postconf],
      warnings: ['A refusal of the sending IP, not of the address: do not suppress the recipient.'],
      lastSeen: DOC,
    },
    {
      id: 'postfix-550-5.1.8-sender-domain-not-found',
      reply: '550',
      enhanced: '5.1.8',
      match: ['Sender address rejected: Domain not found'],
      title: 'Postfix: sender domain does not exist in DNS',
      meaning:
        'The envelope sender\'s domain has no A or MX record (reject_unknown_sender_domain). Postfix\'s default code for this is 450 4.1.8 (unknown_address_reject_code); many sites change it to 550 5.1.8. A temporary DNS failure during the check also ends in a deferral.',
      reason: 'rejected',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'A 450 keeps being retried but will only succeed if the domain starts resolving; a 550 bounces at once. Either way, fix the sender domain.' },
      fix: [
        'Check the envelope sender (Return-Path), not just From: apps often use a default like root@localhost.localdomain or an internal domain.',
        'Publish an MX or A record for the sender domain, or send with a sender address on a public domain.',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      id: 'postfix-450-4.2.0-postgrey-greylisted',
      reply: '450',
      enhanced: '4.2.0',
      match: ['Recipient address rejected: Greylisted'],
      title: 'Greylisted by postgrey (try again later)',
      meaning:
        'The receiving Postfix uses postgrey: the first attempt from an unknown sender/IP/recipient combination is deferred on purpose, and a retry after a few minutes is accepted.',
      reason: 'policyviolation',
      whoActs: 'nobody',
      retry: { policy: 'automatic', advice: 'A normal MTA retry (5 minutes or more later, from the same IP) gets through; no action needed.' },
      fix: [
        'Nothing to do with a normal MTA. If messages never arrive, make sure the sender retries 4xx replies and retries from the same IP (large sending pools can keep hitting the greylist).',
      ],
      links: [],
      warnings: ['Not a rejection of the address; never suppress on a 450 greylisting reply.'],
      lastSeen: DOC,
    },
    {
      id: 'postfix-503-5.5.0-improper-pipelining',
      reply: '503',
      enhanced: '5.5.0',
      match: ['Improper use of SMTP command pipelining'],
      title: 'Postfix: client pipelined commands without permission',
      meaning:
        'The client sent commands before the server\'s reply arrived, without the server having offered PIPELINING (or before EHLO). Postfix (reject_unauth_pipelining, or postscreen\'s pipelining test) treats that as spamware behaviour.',
      reason: 'syntaxerror',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the client waits for each reply.' },
      fix: [
        'Use a proper SMTP library or MTA; custom scripts must wait for the greeting and each reply before sending the next command.',
        'Check for a firewall or TLS proxy on the path that rewrites the SMTP dialogue.',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      id: 'postfix-552-5.3.4-message-size-exceeds-limit',
      reply: '552',
      enhanced: '5.3.4',
      match: ['Message size exceeds fixed limit'],
      title: 'Postfix: message larger than the receiving server accepts',
      meaning: 'The message (including attachment encoding overhead of about a third) is larger than the receiver\'s message_size_limit.',
      reason: 'mesgtoobig',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Resending the same message fails; make it smaller.' },
      fix: [
        'Share large files by link instead of attaching them.',
        'Receiving admin who wants larger mail: raise message_size_limit (and mailbox_size_limit, which must not be smaller).',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      id: 'postfix-421-4.7.0-too-many-connections',
      reply: '421',
      enhanced: '4.7.0',
      match: ['Error: too many connections from'],
      title: 'Postfix: too many connections from your IP',
      meaning: 'The client has more simultaneous connections to that Postfix than smtpd_client_connection_count_limit allows.',
      reason: 'toomanyconn',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Retries succeed once fewer connections are open; reduce concurrency.' },
      fix: ['Lower the number of parallel connections to that destination (for Postfix senders, a per-destination concurrency limit on a dedicated transport).'],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      id: 'postfix-delivery-temporarily-suspended',
      match: ['delivery temporarily suspended'],
      title: 'Postfix (sender side): delivery to that destination suspended',
      meaning:
        'Written by the sending Postfix, not by the remote server: earlier attempts to that destination failed (connection timed out or refused, lost connection), so Postfix pauses deliveries to it and keeps the mail queued. The reason follows the colon.',
      reason: 'networkerror',
      whoActs: 'nobody',
      retry: { policy: 'automatic', advice: 'Mail stays queued and is retried until maximal_queue_lifetime (5 days by default) expires.' },
      fix: [
        'Read the text after the colon: "Connection timed out" usually means outbound port 25 is blocked (common on cloud hosts) or the MX is down; "Connection refused" means nothing listens on port 25 there.',
        'Test from the sending host: nc -vz <mx host> 25 (or telnet) and check the MX records with dig MX <domain>.',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      id: 'postfix-host-not-found-name-service-error',
      match: ['Name service error for name='],
      title: 'Postfix (sender side): recipient domain could not be resolved',
      meaning:
        'The sending Postfix could not find MX or A records for the recipient domain. "Host not found" means the domain does not exist (bounce); "Host not found, try again" means a temporary DNS failure (retried).',
      reason: 'hostunknown',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Temporary DNS failures are retried automatically; a non-existent domain bounces and will not work until the address is corrected.' },
      fix: [
        'Check the recipient domain for typos (gmial.com, hotmial.com).',
        'Test resolution on the sending host: dig MX <domain> and dig A <domain>; if they fail only there, fix the local resolver.',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
    {
      id: 'postfix-5.4.6-loops-back-to-myself',
      enhanced: '5.4.6',
      match: ['loops back to myself'],
      title: 'Postfix (sender side): the domain\'s MX points back at this server',
      meaning:
        'Written by the Postfix that logged it: the best MX for the domain is this very server, yet the domain is not one it delivers for (not in mydestination, virtual_alias_domains, virtual_mailbox_domains or relay_domains). It is a configuration mismatch on one server, not a loop across hops.',
      reason: 'systemerror',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until either the Postfix configuration or the domain\'s MX is corrected.' },
      fix: [
        'If this server should receive mail for the domain, add the domain to mydestination, virtual_mailbox_domains or relay_domains (with a transport), then postfix reload.',
        'If it should not, the domain\'s MX is wrong: correct the MX records (or, for an internal hop, the relayhost or transport map that sends the mail here).',
      ],
      links: [L.postconf],
      lastSeen: DOC,
    },
  ],
};
