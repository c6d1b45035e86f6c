import type { ReasonRule } from './types.js';

/** The domain part of the address does not resolve to any mail host. */
export const hostunknown: ReasonRule = {
  reason: 'hostunknown',
  weight: 72,
  codes: ['X.1.2', 'X.4.4'],
  phrases: [
    'host (?:or domain name )?not found', 'host unknown', 'unknown host', 'couldn\'t find any host', 'could not find any host',
    'domain (?:not found|does not exist|doesn\'t exist|unknown|name not found)', 'no such domain', 'unknown domain',
    'name service error', '(?<!=)nxdomain', 'no mx (?:record|host)', 'no mail exchanger', 'unrouteable mail domain', 'unrouteable address', 'host not resolvable',
    'domain (?:is )?not (?:valid|resolvable|exist)', 'invalid domain', 'non-?existent domain', 'bad destination system',
    'mail for .{1,60} loops back', 'dns lookup failed', 'unroutable domain', 'recipient domain .{0,30}not found',
    'no route to domain', 'could not be resolved', 'unable to resolve', 'lookup of host .{1,80} failed',
    // Haraka's outbound queue when the recipient's domain has no MX and no address.
    'nowhere to deliver mail to for domain',
    // "553 mx.example.com does not exist": a bare host name, not the domain of an address.
    ['(?<![@\\w.-])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,8}\\.?>? (?:does not|doesn\'t) exist', 74],
  ],
};
