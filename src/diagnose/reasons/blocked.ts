import type { ReasonRule } from './types.js';

/** The sending IP address or host is on a block list or was refused at connection. */
export const blocked: ReasonRule = {
  reason: 'blocked',
  weight: 60,
  codes: ['X.7.1'],
  phrases: [
    'blocked', 'black ?list', 'block ?list', 'deny ?list', 'listed (?:in|on|at)', 'spamhaus', 'spamcop', 'barracudacentral', 'sorbs',
    'dnsbl', '\\brbl\\b', 'banned',
    // postscreen dropping a client that talked before its greeting.
    '\\bpregreet \\d', 'client host .{0,60}rejected', 'ip (?:address )?.{0,40}(?:rejected|refused|blocked|listed)',
    'access denied', 'connection (?:refused|rejected) .{0,30}(?:policy|ip)', 'your ip', 'sending ip', 'mail server ip',
    // Refused over IPv6 only: the same host takes mail over IPv4, so the address is fine.
    ['does not accept (?:e-?mail|mail|messages) over ipv6', 95],
    // Our HELO name failed the receiver's check (Postfix reject_unknown_helo_hostname and the like).
    ['helo command rejected', 90],
    ['server refused to talk to me', 78], ['not allowed to connect', 80], ['client host (?:blocked|rejected) for spam', 78], ['(?:ip|address|host) (?:is |has been )?blocked for spam', 78], 'on our block', 'poor reputation', 'refused to talk', 'service unavailable; client host', 'have been blocked', 'are blocked',
    'has been blocked', 'temporarily deferred', 'connection refused', 'rejected because .{0,40}ip', 'dynamic ip', 'residential',
    'dial-?up', 'bad host', 'host .{0,40}(?:rejected|refused|blocked)', 'dynamic',
  ],
};
