/**
 * Orange (France; formerly Wanadoo): inbound MX smtp-in.orange.fr, receiving hosts named
 * "mwinf…" in replies. Orange tags its refusals with OFR codes (OFR_nnn or OFRnnn_nnn) and writes
 * the text in French and English. Orange's postmaster page (postmaster.orange.fr) lists its
 * requirements: static IP with PTR, valid FQDN HELO, SPF/DKIM/DMARC, TLS, and tight per-IP
 * connection limits. Only the two codes whose meaning could be confirmed are listed here.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  postmaster: { title: 'Orange postmaster', url: 'https://postmaster.orange.fr' },
} as const;

const NO_SUPPRESS = 'A temporary refusal by Orange is about the sending IP, not the mailbox: keep the recipients active.';

export const orange: ProviderInput = {
  id: 'orange',
  name: 'Orange / Wanadoo (France)',
  aliases: ['wanadoo', 'orange.fr', 'ofr'],
  hosts: ['orange.fr', 'wanadoo.fr', 'smtp-in.orange.fr'],
  links: [L.postmaster],
  responses: [
    {
      id: 'orange-421-ofr-999',
      providerCode: 'OFR_999',
      reply: '421',
      match: ['OFR_999'],
      title: 'Orange: service refused, IP temporarily suspended (OFR_999)',
      meaning:
        'Orange refuses mail from the sending IP for a while ("Service refuse. Veuillez essayer plus tard"), typically for at least a couple of hours, after it saw behaviour it does not accept: complaints, invalid recipients, or ignoring earlier OFR deferrals.',
      reason: 'badreputation',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Back off: hold mail to Orange/Wanadoo for a few hours and let the queue retry at long intervals; hammering extends the suspension.' },
      fix: [
        'Put orange.fr and wanadoo.fr in a separate, slow queue: few parallel connections (Orange enforces a small per-IP limit) and modest hourly volume.',
        'Pause bulk mail to Orange, keep transactional mail retrying gently.',
        'Look at what changed: complaint rate (Orange is strict), invalid-recipient rate, a volume spike; fix it before resuming full volume.',
        'Check the basics on postmaster.orange.fr: PTR, FQDN HELO, SPF/DKIM/DMARC, TLS.',
      ],
      links: [L.postmaster],
      family: 'orange-ofr',
      warnings: [NO_SUPPRESS, 'Repeated OFR_999 within days means the underlying cause was not fixed; it is not an Orange outage.'],
      lastSeen: '2026-05',
    },
    {
      id: 'orange-421-ofr004-104',
      providerCode: 'OFR004_104',
      reply: '421',
      match: ['OFR004_104'],
      title: 'Orange: too many connections from your IP (OFR004_104)',
      meaning: 'The sending IP has more simultaneous SMTP sessions open to Orange than it allows, so the extra session is closed.',
      reason: 'toomanyconn',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Retries succeed once concurrency drops; lower it so the deferrals stop.' },
      fix: [
        'Limit concurrent connections to Orange MX hosts to a small number per IP (for Postfix, a dedicated transport with a low destination_concurrency_limit).',
        'Spread large sends over a longer window instead of one burst.',
      ],
      links: [L.postmaster],
      family: 'orange-ofr',
      warnings: [NO_SUPPRESS],
      lastSeen: '2025-06',
    },
  ],
};
