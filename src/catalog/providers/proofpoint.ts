/**
 * Proofpoint (Proofpoint Protection Server / Proofpoint Essentials and the hosted *.pphosted.com
 * MX service). Its IP reputation service, Proofpoint Dynamic Reputation (PDR), also protects
 * receivers that are not obviously Proofpoint customers (Apple iCloud mail among them), so a PDR
 * block can show up on mail to a consumer domain.
 *
 * Proofpoint publishes no list of reply texts; the two fragments here come from real bounces and
 * point to Proofpoint's own lookup page. Per Proofpoint's IP-blocked FAQ, PDR delays or blocks an
 * IP only because it sees spam or viruses from it, and short "delayed" states clear by themselves.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  ipcheck: { title: 'Proofpoint IP reputation lookup and delisting request', url: 'https://ipcheck.proofpoint.com/' },
  faq: { title: 'Proofpoint PDR IP lookup FAQ', url: 'https://www.proofpoint.com/us/support-services/ip-blocked-faq' },
  postmaster: { title: 'Proofpoint postmaster best practices', url: 'https://www.proofpoint.com/us/postmaster' },
} as const;

const NO_SUPPRESS =
  'This is a block on the sending IP, not a verdict on the address: never add the recipient to a suppression list because of it.';
const OWN_DATA =
  'A clean result on public blocklists does not rule this out: PDR is Proofpoint\'s own reputation data.';

export const proofpoint: ProviderInput = {
  id: 'proofpoint',
  name: 'Proofpoint (PDR, Protection Server, Essentials)',
  aliases: ['pdr', 'pphosted', 'proofpoint-essentials', 'ppe'],
  hosts: ['pphosted.com', 'ppe-hosted.com'],
  links: [L.ipcheck, L.faq, L.postmaster],
  responses: [
    {
      id: 'proofpoint-pdr-blocked-ipcheck',
      reply: '550',
      enhanced: '5.7.0',
      match: ['Blocked - see https://ipcheck.proofpoint.com', 'ipcheck.proofpoint.com/?ip='],
      title: 'Sending IP blocked by Proofpoint Dynamic Reputation',
      meaning:
        'Proofpoint refused the connection or message because its Dynamic Reputation system has the sending IP on its block list. The same wording is seen with 554 at the greeting and with 550 5.7.0 later in the session; iCloud inbound returns it too.',
      reason: 'badreputation',
      whoActs: 'sender',
      retry: {
        policy: 'after-fix',
        advice: 'Retrying the same IP will keep failing while it is blocked; reroute urgent mail through another clean IP and retry after delisting.',
      },
      fix: [
        'Open the ipcheck.proofpoint.com link from the bounce (it carries the IP) to see whether the IP is blocked or only delayed.',
        'Find the spam source first: a compromised account, an open form, a list with spam traps; Proofpoint lists IPs only for spam or virus traffic it received.',
        'Submit the delisting form on ipcheck.proofpoint.com with the recipient, the type of mail and what you fixed.',
        'Check the basics Proofpoint\'s postmaster page asks for: forward-confirmed PTR, SPF and DKIM passing for the sending domain.',
      ],
      links: [L.ipcheck, L.faq],
      family: 'proofpoint-pdr',
      warnings: [NO_SUPPRESS, OWN_DATA, 'PDR is dynamic: the lookup may show "not blocked" a few hours later; keep the bounce text with its timestamp as evidence.'],
      lastSeen: '2026-11',
    },
    {
      id: 'proofpoint-pdr-client-blocked',
      reply: '554',
      enhanced: '5.7.1',
      match: ['Proofpoint Dynamic Reputation'],
      title: 'Client host blocked using Proofpoint Dynamic Reputation',
      meaning:
        'A receiving server (often a Postfix-style front end using Proofpoint\'s reputation feed) rejected the client because PDR lists its IP as a spam source.',
      reason: 'badreputation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Do not keep retrying from the same IP; send urgent mail via another route and retry once the IP is delisted.' },
      fix: [
        'Check the IP on ipcheck.proofpoint.com and request removal there.',
        'Stop the traffic that caused the listing (compromised mailbox, form abuse, purchased list) before asking for removal.',
        'Verify PTR, SPF and DKIM for the sending IP and domain.',
      ],
      links: [L.ipcheck, L.faq],
      family: 'proofpoint-pdr',
      warnings: [NO_SUPPRESS, OWN_DATA],
      lastSeen: '2026-11',
    },
  ],
};
