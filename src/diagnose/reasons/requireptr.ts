import type { ReasonRule } from './types.js';

/** The sending IP has no (or a mismatching) reverse DNS (PTR) name. */
export const requireptr: ReasonRule = {
  reason: 'requireptr',
  weight: 73,
  codes: ['X.7.25'],
  phrases: [
    'reverse dns', 'reverse lookup', 'ptr record', 'no ptr', '\\bptr\\b', '\\brdns\\b(?!=)', ['cannot find your (?:reverse )?hostname', 95], ['can\'t find your (?:reverse )?hostname', 95],
    'unable to resolve (?:your|the sending|the connecting)', 'does not resolve', 'hostname (?:does not|doesn\'t) match', 'not have a reverse',
    'no reverse', 'reverse (?:dns|hostname|name)', 'unresolv', 'ip name lookup failed', 'no hostname', 'helo .{0,40}(?:not|doesn\'t) resolve',
    'forward-confirmed', 'fcrdns', 'reverse mapping',
    // The name the client gave does not map to the address it connects from.
    'mismatches (?:the )?(?:client|connecting|sending) ip', '(?:does not|doesn\'t) match (?:the )?(?:client|connecting|sending) ip',
    'unverifi?able sending ips?', 'unverifyable sending ips?',
  ],
};
