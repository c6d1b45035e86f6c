import type { ReasonRule } from './types.js';

/** The server will not relay for this sender to a domain it does not host. */
export const norelaying: ReasonRule = {
  reason: 'norelaying',
  weight: 82,
  codes: ['X.7.64'],
  phrases: [
    'relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited|refused)', 'not permitted to relay', 'unable to relay',
    'we do not relay', 'not allowed to relay', 'relay not permitted', 'relaying denied', 'no relaying', 'cannot relay', 'can\'t relay',
    'not a gateway', 'relay access', 'open relay', 'relaying mail to', 'relaying is not', 'is not permitted to relay', 'relay denied',
    'not configured to relay', 'does not relay', 'not relay mail', 'not local host', 'no relay', 'relay prohibited', 'insecure mail relay',
  ],
};
