import type { ReasonRule } from './types.js';

/** The receiving system itself is out of storage (not one mailbox). */
export const systemfull: ReasonRule = {
  reason: 'systemfull',
  weight: 84,
  codes: ['X.3.1', 'X.4.5'],
  phrases: ['insufficient system storage', 'system (?:storage|disk) (?:is )?full', 'disk (?:is )?full', 'out of disk', 'no space left', 'mail system full', 'file system full', 'insufficient (?:disk )?space', 'congestion'],
};
