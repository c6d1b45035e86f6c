/**
 * Spamhaus blocklists as seen from any receiving MTA. Most servers query the combined zone
 * zen.spamhaus.org (SBL + CSS + XBL + PBL; DROP is included too) and put the zone in their reject
 * text, with a link to the listing. The A record returned says which list fired:
 *   127.0.0.2 SBL (spam sources and spam operations), 127.0.0.3 SBL CSS (snowshoe/low-reputation
 *   senders found automatically), 127.0.0.4–7 XBL (exploited hosts, bots, proxies; includes the
 *   former CBL), 127.0.0.9 DROP, 127.0.0.10–11 PBL (end-user ranges that should not send directly).
 *   127.255.255.x answers are errors, not listings: 127.255.255.254 means the query came through a
 *   public/open resolver, 127.255.255.255 an excessive query volume, 127.255.255.252 a typo in the
 *   zone name.
 * The domain list (DBL, dbl.spamhaus.org) lists domains, not IPs, and answers in 127.0.1.x.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  check: { title: 'Spamhaus IP and domain reputation checker', url: 'https://check.spamhaus.org/' },
} as const;

const NO_SUPPRESS =
  'This is a listing of the sending IP or domain: it must never cause recipient addresses to be suppressed.';
const RESOLVER =
  'If check.spamhaus.org shows the IP as not listed, the receiver may be querying Spamhaus through a public DNS resolver, which Spamhaus answers with the error code 127.255.255.254 and which naive setups treat as a listing. Tell the receiving admin: it is their DNS setup, not your IP.';

export const spamhaus: ProviderInput = {
  id: 'spamhaus',
  name: 'Spamhaus blocklists (ZEN, SBL, CSS, XBL, PBL, DBL)',
  aliases: ['zen', 'sbl', 'xbl', 'pbl', 'dbl', 'css', 'cbl', 'dnsbl'],
  hosts: ['spamhaus.org'],
  links: [L.check],
  responses: [
    {
      id: 'spamhaus-zen-listed',
      reply: '554',
      enhanced: '5.7.1',
      match: ['zen.spamhaus.org'],
      title: 'Rejected: sending IP listed on Spamhaus ZEN',
      meaning:
        'The receiving server found the connecting IP in Spamhaus ZEN and refused it. ZEN combines SBL, SBL CSS, XBL and PBL, so the reply alone does not say why; the listing page (or the 127.0.0.x answer) does.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Every retry from that IP fails while listed; queued mail can wait a short while, but fix and delist first.' },
      fix: [
        'Look the IP up at check.spamhaus.org to see which list (SBL, CSS, XBL or PBL) it is on and why.',
        'XBL: find the infected machine or abused service behind that IP (check outbound port 25 traffic from the LAN, NAT gateways), clean it, then use the self-service removal.',
        'CSS or SBL: stop the spam, review list hygiene and authentication, then follow the removal steps on the listing page.',
        'PBL: send through your provider\'s smarthost or a proper mail server instead of directly from that IP.',
      ],
      links: [L.check],
      family: 'spamhaus-listing',
      warnings: [NO_SUPPRESS, RESOLVER],
      lastSeen: '2026-11',
    },
    {
      id: 'spamhaus-sbl-listed',
      reply: '554',
      enhanced: '5.7.1',
      match: ['spamhaus.org/sbl/query/SBL', 'using sbl.spamhaus.org'],
      title: 'Rejected: IP or range on the Spamhaus Block List (SBL)',
      meaning:
        'The IP (or the range it is in) is on the SBL, which Spamhaus adds by hand for verified spam sources, spam services and criminal hosting. A ticket number (SBLnnnnnn) identifies the listing.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Does not clear by waiting; fix the cause and get the SBL record removed, then resend.' },
      fix: [
        'Open the SBL record from the link to see the evidence and who the listing is addressed to (often the hosting provider, not you).',
        'If you are on a shared or hosted IP, contact the hosting provider: many SBL records are for the whole range and only they can resolve them.',
        'Remove the spam source, then request removal as the SBL record instructs.',
      ],
      links: [L.check],
      family: 'spamhaus-listing',
      warnings: [NO_SUPPRESS],
      lastSeen: '2017-12',
    },
    {
      id: 'spamhaus-xbl-listed',
      reply: '554',
      enhanced: '5.7.1',
      match: ['using xbl.spamhaus.org', 'in xbl.spamhaus.org'],
      title: 'Rejected: IP on the Spamhaus Exploits Block List (XBL)',
      meaning:
        'The IP is on the XBL: Spamhaus saw traffic from it that is typical of malware, botnets or open proxies. Often a single infected device behind a NAT gets the whole office IP listed.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Clean the infection first; delisting without that gets the IP listed again quickly.' },
      fix: [
        'Look the IP up at check.spamhaus.org; the detail page names the detected malware or behaviour where it can.',
        'Block outbound TCP port 25 from everything except your real mail servers, find the infected host in firewall logs, and clean it.',
        'Use the self-service removal on check.spamhaus.org once the source is gone.',
      ],
      links: [L.check],
      family: 'spamhaus-listing',
      warnings: [NO_SUPPRESS, 'An XBL listing usually means a machine sharing that public IP is compromised, even if the mail server itself is clean.'],
      lastSeen: '2026-11',
    },
    {
      id: 'spamhaus-pbl-listed',
      reply: '554',
      enhanced: '5.7.1',
      match: ['using pbl.spamhaus.org', 'in pbl.spamhaus.org'],
      title: 'Rejected: IP on the Spamhaus Policy Block List (PBL)',
      meaning:
        'The IP is in a range its network owner (or Spamhaus) marks as end-user or dynamic space that should not send mail straight to other domains\' MX servers. It is a policy statement about the range, not evidence of spam.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Will keep failing from that IP; change the sending path, then resend.' },
      fix: [
        'Relay outbound mail through your ISP\'s or mail provider\'s authenticated smarthost instead of sending directly.',
        'If the IP is a static address that really runs a mail server, give it a proper PTR name and use the PBL removal option on check.spamhaus.org (or ask the ISP to change its PBL entry).',
      ],
      links: [L.check],
      family: 'spamhaus-listing',
      warnings: [
        'A PBL listing does not mean the IP sent spam: it means the range is end-user or dynamic space that is not supposed to deliver mail directly.',
        NO_SUPPRESS,
      ],
      lastSeen: '2026-11',
    },
    {
      id: 'spamhaus-dbl-listed',
      reply: '554',
      enhanced: '5.7.1',
      match: ['dbl.spamhaus.org'],
      title: 'Rejected: domain listed on the Spamhaus Domain Block List (DBL)',
      meaning:
        'A domain in the message (sender domain, HELO or reverse DNS name, or a link in the body) is on the DBL, Spamhaus\'s list of domains with poor reputation. The IP may be perfectly clean.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Resending unchanged fails again; remove the listed domain from the message or get it delisted.' },
      fix: [
        'Find which domain was checked (the reject text names it) and look it up at check.spamhaus.org.',
        'If it is a link domain you do not control (a shortener, a tracking domain), remove or replace the link.',
        'If it is your own domain, fix the cause (compromised site, abused redirect, spam) and request removal from the lookup page.',
      ],
      links: [L.check],
      family: 'spamhaus-listing',
      warnings: [NO_SUPPRESS, 'Checking only your sending IP will show nothing: the DBL lists domains.'],
      lastSeen: '2022-08',
    },
  ],
};
