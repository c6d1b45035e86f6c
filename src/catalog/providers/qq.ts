/**
 * Tencent QQ Mail (qq.com, foxmail.com) and Tencent Exmail (enterprise mail, exmail.qq.com), MX
 * mx*.qq.com. QQ's replies are short and end with a help link; older bounces link
 * service.mail.qq.com/cgi-bin/help?…&no=10007nn, newer ones service.mail.qq.com/detail/122/nnn.
 * QQ does not publish its frequency limits; per its help pages, exceeding a per-minute, per-hour or
 * per-day limit blocks the IP, domain or sender for minutes, hours or the rest of the day.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  help: { title: 'QQ Mail help centre', url: 'https://service.mail.qq.com/' },
} as const;

const WAIT_LIMIT = 'Stop sending to QQ from the affected source for a while (minutes to a day, depending on which limit was hit), then resume at a lower rate.';
const NO_SUPPRESS = 'A frequency limit says nothing about the mailbox: do not suppress the recipients.';

export const qq: ProviderInput = {
  id: 'qq',
  name: 'Tencent QQ Mail / Exmail',
  aliases: ['tencent', 'exmail', 'foxmail', 'qqmail'],
  hosts: ['qq.com', 'exmail.qq.com', 'foxmail.com'],
  links: [L.help],
  responses: [
    {
      id: 'qq-550-ip-frequency-limited',
      reply: '550',
      match: ['Ip frequency limited'],
      title: 'QQ: sending IP exceeded QQ\'s frequency limit',
      meaning:
        'Mail from this IP to QQ exceeded one of QQ\'s undisclosed per-minute, per-hour or per-day limits, so the IP is refused for a period. Despite the 550 it is a rate block, not a permanent rejection.',
      reason: 'speeding',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: WAIT_LIMIT },
      fix: [
        'Throttle mail to qq.com/foxmail.com per IP and spread it over the day.',
        'On shared IPs, other senders\' volume counts too; move important mail to a dedicated, warmed-up IP.',
        'Register the sending domain with QQ\'s postmaster service to see complaint data.',
      ],
      links: [L.help],
      family: 'qq-frequency',
      differsFromRegistry: 'Sent with 550 although the condition is temporary; many MTAs will bounce instead of retrying.',
      warnings: [NO_SUPPRESS, 'Operators report this reply even at very low volume when QQ distrusts the IP, so volume is not always the real cause.'],
      lastSeen: '2019-08',
    },
    {
      id: 'qq-550-connection-frequency-limited',
      reply: '550',
      match: ['Connection frequency limited'],
      title: 'QQ: too many connections or messages from your server',
      meaning: 'The sending server\'s IP exceeded QQ\'s connection or sending frequency limit and is refused for a period.',
      reason: 'toomanyconn',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: WAIT_LIMIT },
      fix: ['Lower concurrent connections and the message rate to QQ MX hosts.', 'Reuse connections for several messages instead of opening one per message.'],
      links: [L.help],
      family: 'qq-frequency',
      differsFromRegistry: 'Sent with 550 although the condition is temporary.',
      warnings: [NO_SUPPRESS],
      lastSeen: '2026-11',
    },
    {
      id: 'qq-550-domain-frequency-limited',
      reply: '550',
      match: ['Domain frequency limited'],
      title: 'QQ: sender domain exceeded QQ\'s frequency limit',
      meaning: 'Mail from this sender domain to QQ exceeded QQ\'s per-domain rate limit; the domain is refused for minutes, hours or the rest of the day.',
      reason: 'speeding',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: WAIT_LIMIT },
      fix: ['Spread campaigns to QQ recipients over longer periods.', 'Separate transactional and bulk mail onto different sending domains or subdomains.'],
      links: [L.help],
      family: 'qq-frequency',
      warnings: [NO_SUPPRESS],
      lastSeen: '2026-11',
    },
    {
      id: 'qq-550-sender-frequency-limited',
      reply: '550',
      match: ['Sender frequency limited'],
      title: 'QQ: sender address exceeded QQ\'s frequency limit',
      meaning: 'Mail from this one sender address exceeded QQ\'s per-sender rate limit and is refused for a period.',
      reason: 'speeding',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: WAIT_LIMIT },
      fix: ['Reduce the rate from that address; do not rotate addresses to evade it, which QQ treats as spam behaviour.'],
      links: [L.help],
      family: 'qq-frequency',
      warnings: [NO_SUPPRESS],
      lastSeen: '2026-11',
    },
    {
      id: 'qq-550-mailbox-unavailable-or-access-denied',
      reply: '550',
      match: ['Mailbox unavailable or access denied'],
      title: 'QQ: recipient temporarily protected (too much mail to it)',
      meaning:
        'The recipient has received a lot of mail in a short time, so QQ temporarily refuses more mail to that address to protect it. It does not mean the mailbox is missing.',
      reason: 'speeding',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Pause mail to that recipient and try again later.' },
      fix: ['Stop sending to that address for some hours, then retry once.', 'Check you are not sending duplicates or loops to the same QQ address.'],
      links: [L.help],
      warnings: ['Despite the wording, do not treat this as "user unknown": the address exists.'],
      lastSeen: '2026-11',
    },
    {
      id: 'qq-550-mailbox-not-found',
      reply: '550',
      match: ['no=1000728', 'Mailbox not found. http://service'],
      title: 'QQ: mailbox not found',
      meaning: 'The QQ address does not exist.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry; remove the address.' },
      fix: ['Suppress the address and check the source of the address for typos (QQ addresses are often numeric and easy to mistype).'],
      links: [L.help],
      lastSeen: '2026-11',
    },
    {
      id: 'qq-550-mail-content-denied',
      reply: '550',
      match: ['Mail content denied'],
      title: 'QQ: message content refused as spam',
      meaning: 'QQ refused the message because its content looks like mass mail that many QQ users reported as spam.',
      reason: 'spamdetected',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'The same content keeps being refused; change it before sending again.' },
      fix: [
        'Remove or replace links and domains that appear in reported mail; avoid URL shorteners.',
        'Make sure recipients asked for the mail, and offer a clear unsubscribe.',
      ],
      links: [L.help],
      warnings: ['Do not suppress the recipient: the content was refused, not the address.'],
      lastSeen: '2026-11',
    },
  ],
};
