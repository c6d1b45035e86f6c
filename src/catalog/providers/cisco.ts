/**
 * Cisco Secure Email Gateway (formerly IronPort Email Security Appliance, AsyncOS), on premises or
 * as Cisco Secure Email Cloud Gateway (MX hosts *.iphmx.com). Replies are set per mail flow policy
 * (the Host Access Table) by the receiving organisation, so texts vary; the ones here are the widely
 * seen defaults. Reputation decisions use SenderBase Reputation Scores, now published by Talos.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  talos: { title: 'Cisco Talos IP and domain reputation center', url: 'https://talosintelligence.com/reputation_center' },
} as const;

const NO_SUPPRESS =
  'A reputation or rate decision is not about the mailbox: never suppress the recipient because of it.';

export const cisco: ProviderInput = {
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort)',
  aliases: ['ironport', 'esa', 'asyncos', 'cisco-secure-email', 'senderbase', 'talos'],
  hosts: ['iphmx.com'],
  links: [L.talos],
  responses: [
    {
      id: 'cisco-554-poor-reputation',
      reply: '554',
      match: ["rejected due to the sending MTA's poor reputation"],
      title: "Rejected: sending MTA's poor reputation (SenderBase/Talos)",
      meaning:
        'The gateway put the sending IP in a blocked sender group because of its SenderBase Reputation Score and refused the connection. The reputation comes from Talos data, not from a public DNS blocklist.',
      reason: 'badreputation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Retrying from the same IP fails while the score is poor; reroute urgent mail and retry once the reputation recovers.' },
      fix: [
        'Look the IP up at talosintelligence.com/reputation_center; a "Poor" email reputation confirms it.',
        'Stop the cause (compromised account, spam from a shared host, a new IP sending volume without warm-up) and file a reputation ticket with Talos from that page.',
        'For one important recipient, ask their admin to add your IP to an allowed sender group on their gateway.',
      ],
      links: [L.talos],
      family: 'cisco-reputation',
      warnings: [NO_SUPPRESS, 'A clean result on public blocklists does not rule this out: the score is Cisco\'s own.'],
      lastSeen: '2018-06',
    },
    {
      id: 'cisco-452-too-many-recipients-hour',
      reply: '452',
      match: ['Too many recipients received this hour'],
      title: 'Throttled: recipients-per-hour limit for your IP reached',
      meaning:
        'The mail flow policy that matched your IP caps how many recipients it accepts per hour (low-reputation or unknown senders often get a small cap) and the cap is used up. Further recipients are deferred until the hour rolls over.',
      reason: 'speeding',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Keep the messages queued and retry after the hour window; a retry every 15 to 60 minutes is enough.' },
      fix: [
        'Let the queue drain slowly; avoid opening more connections, which does not raise the cap.',
        'Spread bulk sends to that domain over several hours.',
        'If you are a legitimate low-volume or new sender stuck at a small cap, ask the recipient\'s admin to place your IP in a trusted sender group.',
      ],
      links: [L.talos],
      warnings: [NO_SUPPRESS, 'Some other gateways reuse this wording; the advice (slow down and retry) is the same.'],
      lastSeen: '2026-11',
    },
    {
      id: 'cisco-550-5.1.0-address-rejected',
      reply: '550',
      enhanced: '5.1.0',
      match: ['#5.1.0 Address rejected'],
      title: 'Recipient address rejected by the gateway',
      meaning:
        'The gateway checked the recipient against its directory (LDAP acceptance query) or its Recipient Access Table and did not find it, so the address is not accepted.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'The address is not known to the receiving organisation; do not retry unless they confirm it exists.' },
      fix: [
        'Check the address for typos and confirm it with the recipient by another channel.',
        'If the recipient insists it exists, their admin should check the LDAP acceptance query and directory sync on the gateway.',
      ],
      lastSeen: '2018-09',
    },
  ],
};
