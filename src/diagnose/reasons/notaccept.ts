import type { ReasonRule } from './types.js';

/** The receiving host does not take mail at all (null MX, or a host that never accepts). */
export const notaccept: ReasonRule = {
  reason: 'notaccept',
  weight: 74,
  codes: ['X.1.10', 'X.3.2', 'X.7.27'],
  phrases: [
    'does not accept (?:e-?)?mail', 'not accepting (?:network )?messages', 'doesn\'t receive e-?mail', 'does not receive e-?mail', 'doesn\'t accept (?:e-?)?mail', 'not accepting (?:e-?)?mail', 'accepts no mail', 'null mx',
    'domain does not receive', 'does not receive mail', 'no longer accepts? (?:e-?)?mail', 'not receiving mail', 'host does not accept',
    'mail is not accepted', 'refuses all mail',
  ],
};
