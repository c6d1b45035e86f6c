import type { ReasonRule } from './types.js';

/** The receiving system failed internally. */
export const systemerror: ReasonRule = {
  reason: 'systemerror',
  weight: 36,
  codes: ['X.3.0', 'X.3.5', 'X.4.3', 'X.2.4'],
  phrases: [
    // Two directory objects share the address (Exchange's RESOLVER.ADR.Ambiguous): the recipient side must fix it.
    ['ambiguous (?:e-?mail )?(?:address|recipient)', 95], ['resolver\\.adr\\.ambiguous', 95],
    // An MX or mydestination mistake: the address is fine.
    ['loops back to myself', 95],
    'system error', 'internal (?:server )?error', 'local error', '(?<!smtp )server error', 'temporary (?:local )?(?:problem|failure|error)(?! in name resolution)',
    'service (?:is )?(?:temporarily )?(?:unavailable|not available)', 'try again later', 'system (?:is )?not (?:available|configured)',
    'configuration error', 'misconfigur', 'directory (?:server )?(?:failure|error)', 'database error', 'i/o error', 'timeout while',
    'server busy', 'too busy', 'resources? (?:temporarily )?unavailable', 'unavailable', 'temporarily', 'error in processing',
    'loop', 'too many hops', 'hop count',
  ],
};
