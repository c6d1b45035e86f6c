/**
 * Barracuda Networks: the Barracuda Reputation Block List (BRBL, zone b.barracudacentral.org),
 * which Barracuda appliances use and which any MTA may query, and Barracuda Email Security Service
 * (hosted MX *.ess.barracudanetworks.com). Appliances quote the sending host in square brackets,
 * but the IP they act on can be an earlier hop taken from a Received header, so always read the IP
 * in the lookup link.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  lookup: { title: 'Barracuda Central IP and domain reputation lookup', url: 'https://www.barracudacentral.org/lookups' },
  removal: { title: 'Barracuda Reputation Block List removal request', url: 'https://www.barracudacentral.org/rbl/removal-request' },
} as const;

const NO_SUPPRESS =
  'A reputation or policy block says nothing about whether the mailbox exists: never suppress the recipient because of it.';

export const barracuda: ProviderInput = {
  id: 'barracuda',
  name: 'Barracuda (BRBL and Email Security Service)',
  aliases: ['brbl', 'barracudacentral', 'barracuda-ess'],
  hosts: ['barracudanetworks.com', 'ess.barracudanetworks.com'],
  // The appliance's notice names its product and tags its own Received hop. Its reply text itself
  // ("Message content rejected, UBE, id=…") is amavisd-new's, which other filters share, so it is
  // no match of Barracuda's.
  signatures: ['blocked by our Spam Firewall', 'blocked by our Spam & Virus Firewall', '(Spam Firewall)', 'blocked by our bulk email filter'],
  links: [L.lookup, L.removal],
  responses: [
    {
      id: 'barracuda-554-barracuda-reputation',
      reply: '554',
      enhanced: '5.7.1',
      match: ['blocked using Barracuda Reputation'],
      title: 'Client host blocked using Barracuda Reputation',
      meaning:
        'A Barracuda appliance or gateway rejected the mail because an IP tied to it is listed on the Barracuda Reputation Block List. The listed IP may be the original submitter taken from a Received header, not your outbound relay.',
      reason: 'badreputation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Retries fail while the IP is listed; delisting is usually processed quickly, then resend.' },
      fix: [
        'Take the IP from the lookup link in the reply (…q.cgi?ip= or reputation/?ip=) rather than the hostname in brackets, and check it at barracudacentral.org/lookups.',
        'If it is your relay: stop the spam source, then file the removal request at barracudacentral.org/rbl/removal-request.',
        'If it is a user\'s home or office IP taken from a Received header, that user\'s ISP IP is listed; the recipient\'s admin can stop their appliance from checking Received-header IPs, or the user can submit over a clean network.',
      ],
      links: [L.lookup, L.removal],
      family: 'barracuda-brbl',
      warnings: [NO_SUPPRESS, 'The host in square brackets can be your clean relay while the listed IP is an earlier hop: look at the IP in the link.'],
      lastSeen: '2026-11',
    },
    {
      id: 'barracuda-brbl-zone-listed',
      reply: '554',
      match: ['b.barracudacentral.org'],
      title: 'Rejected by a server querying the Barracuda blocklist (BRBL)',
      meaning:
        'A non-Barracuda MTA (Postfix, Exim and others) that queries the public BRBL zone b.barracudacentral.org found the connecting IP listed and refused it. Reply code and wording vary with the MTA (554 or 550 5.7.1).',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the IP is removed from BRBL; resend after removal.' },
      fix: [
        'Check the IP at barracudacentral.org/lookups.',
        'Fix the cause, then request removal at barracudacentral.org/rbl/removal-request.',
      ],
      links: [L.lookup, L.removal],
      family: 'barracuda-brbl',
      warnings: [NO_SUPPRESS],
      lastSeen: '2018-10',
    },
    {
      id: 'barracuda-ess-550-permanent-failure',
      reply: '550',
      match: ['permanent failure for one or more recipients'],
      // Other MTAs word a multi-recipient failure the same way: only Barracuda's own host makes it this.
      matchKind: 'needs-host',
      title: 'Barracuda Email Security Service: permanent failure (blocked)',
      meaning:
        'The recipient\'s Barracuda Email Security Service refused the message by policy; the reply is often followed by a per-recipient result such as "blocked". It can come from a tenant block list, content or URL filtering, an authentication check or reputation.',
      // Barracuda's "blocked" is any of its filters' verdicts, not only the sending IP's: the policy reason says no more than it knows.
      reason: 'policyviolation',
      whoActs: 'recipient-admin',
      retry: { policy: 'after-fix', advice: 'A hard reject: resending unchanged fails again; get the reason from the recipient admin or change the content.' },
      fix: [
        'Check the sending IP and domain at barracudacentral.org/lookups; if listed, fix and request removal.',
        'If the lookup is clean, ask the recipient (by another channel) to have their admin read the Barracuda message log reason and allow the sender.',
        'Test with a plain-text message without links to see whether content is the trigger.',
      ],
      links: [L.lookup],
      warnings: [NO_SUPPRESS, 'A clean public lookup does not rule this out: tenant-level rules at the recipient decide most of these.'],
      lastSeen: '2026-05',
    },
  ],
};
