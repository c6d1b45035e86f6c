import type { ReasonRule } from './types.js';

/** The sending service refused to try because the address is on its suppression list. */
export const suppressed: ReasonRule = {
  reason: 'suppressed',
  weight: 83,
  codes: [],
  phrases: ['suppression list', 'on the suppression', 'suppressed', 'address is suppressed'],
};
