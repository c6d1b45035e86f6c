import type { ReasonRule } from './types.js';

/** The address is gone and the server names where the person went. */
export const hasmoved: ReasonRule = {
  reason: 'hasmoved',
  weight: 80,
  codes: ['X.1.6'],
  phrases: [
    'has (?:been )?moved', 'address has changed', 'moved to', 'no longer (?:at|with) this', 'mailbox has moved',
    // RFC 5321's 551: the server names the forward-path it will not use itself.
    'user not local; please try', 'not local;? please try',
  ],
};
