import type { ReasonRule } from './types.js';

/** An out-of-office auto-reply, not a failure. */
export const vacation: ReasonRule = {
  reason: 'vacation',
  weight: 96,
  codes: [],
  phrases: ['out of (?:the )?office', 'on vacation', 'on holiday', 'away from (?:the office|my desk)', 'auto(?:matic)?[- ]?reply', 'i am away', 'i\'m away', 'will be back', 'limited access to (?:my )?e-?mail'],
};
