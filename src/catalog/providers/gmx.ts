/**
 * GMX, WEB.DE, mail.com and 1&1 / IONOS mail: all run on United Internet's shared platform, whose
 * MTA banner calls itself "Nemesis" (e.g. "(mxgmx104) Nemesis ESMTP", and "(Nemesis)" in Received
 * headers of kundenserver.de / perfora.net relays). Per the GMX postmaster page, its servers send
 * multi-line replies without enhanced status codes; the last line carries a postmaster link whose
 * "c=" parameter names the case, and the text before it says what happened.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  gmx: { title: 'GMX postmaster: error messages when sending to GMX', url: 'https://postmaster.gmx.com/en/error-messages' },
  webde: { title: 'WEB.DE postmaster: Fehlermeldungen', url: 'https://postmaster.web.de/de/fehlermeldungen' },
  unblock: { title: 'GMX postmaster: contact form for block reports', url: 'https://postmaster.gmx.net/de/blacklisting' },
} as const;

const NO_SUPPRESS = 'A block of the sending IP or a policy reject says nothing about the mailbox: do not suppress the recipient.';

export const gmx: ProviderInput = {
  id: 'gmx',
  name: 'GMX / WEB.DE / mail.com / 1&1 IONOS (United Internet)',
  aliases: ['webde', 'web.de', 'ionos', '1und1', '1and1', 'mail.com', 'united-internet', 'nemesis'],
  hosts: ['gmx.net', 'gmx.de', 'gmx.com', 'web.de', 'kundenserver.de', 'perfora.net', '1and1', 'ionos'],
  links: [L.gmx, L.webde],
  responses: [
    {
      id: 'gmx-554-ip-block-listed',
      reply: '554',
      match: ['IP address is block listed'],
      title: 'Connection refused: sending IP is on a block list',
      meaning:
        'The GMX/WEB.DE MX refused the SMTP session at connect time ("Service not available", "No SMTP service") because the delivering server\'s IP is on a block list it uses.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Retries from the same IP fail until the listing is gone; fix, then let the queue retry.' },
      fix: [
        'Open the postmaster link in the last line of the reply: it explains the case for that IP.',
        'Check the IP on the public lists (check.spamhaus.org and others) and delist after fixing the cause.',
        'If the IP is clean, report the block through the GMX postmaster contact form with the full reply.',
      ],
      links: [L.gmx, L.unblock],
      family: 'gmx-block',
      warnings: [NO_SUPPRESS, 'Read the last line of the multi-line reply: the first lines are the generic banner.'],
      lastSeen: '2026-11',
    },
    {
      id: 'gmx-554-nemesis-service-not-available',
      reply: '554',
      match: ['Nemesis ESMTP Service not available', 'postmaster.gmx.net/en/case'],
      // The banner wraps every session refusal: a more specific line in the same reply says why.
      matchKind: 'wrapper',
      title: 'GMX/WEB.DE refused the session (see the case link)',
      meaning:
        'United Internet\'s MX refused service for this connection. The reason is on the following lines and in the postmaster case link (its c= parameter identifies the case, e.g. a block listing or missing reverse DNS).',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Usually needs a change on the sending side first; then let the queue retry.' },
      fix: [
        'Open the postmaster case link from the reply and follow the explanation for that case.',
        'Check the basics GMX expects: a PTR record that resolves back to the IP, a fully qualified HELO name, SPF/DKIM for the sending domain.',
        'If you believe it is wrong, use the postmaster contact form and include the full reply with its reference.',
      ],
      links: [L.gmx, L.unblock],
      family: 'gmx-block',
      warnings: [NO_SUPPRESS],
      lastSeen: '2026-11',
    },
    {
      id: 'gmx-550-reject-spf-policy',
      reply: '550',
      match: ['Reject due to SPF policy'],
      title: 'Rejected: SPF does not allow the sending IP',
      meaning:
        'The sending server\'s IP is not permitted by the SPF record of the envelope sender domain, and the domain\'s SPF policy makes GMX/WEB.DE reject the message.',
      reason: 'policyviolation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Every attempt fails until SPF authorises the IP or the envelope sender changes.' },
      fix: [
        'Add the sending service or IP to the envelope sender domain\'s SPF record (check it with dig TXT <domain>).',
        'Forwarding servers: rewrite the envelope sender with SRS so SPF is checked against your own domain.',
      ],
      links: [L.webde],
      warnings: ['Forwarded mail fails SPF at GMX/WEB.DE unless the forwarder uses SRS; the original sender cannot fix that.'],
      lastSeen: '2026-11',
    },
    {
      id: 'gmx-550-reject-policy-restrictions',
      reply: '550',
      match: ['Reject due to policy restrictions'],
      title: 'Rejected due to policy restrictions (1&1 IONOS / GMX)',
      meaning:
        'The United Internet MX rejected the sender for policy reasons at MAIL FROM; the postmaster link in the reply (c=poli) gives the specific case for the sending IP.',
      reason: 'policyviolation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the policy problem on the sending side is fixed.' },
      fix: [
        'Open the postmaster error-messages link from the reply and read the explanation for your IP.',
        'Check reverse DNS, HELO name, authentication and whether the IP is listed anywhere; fix what is flagged.',
        'If nothing applies, contact the postmaster through the form with the full reply.',
      ],
      links: [L.gmx],
      family: 'gmx-block',
      warnings: [NO_SUPPRESS],
      lastSeen: '2015-12',
    },
  ],
};
