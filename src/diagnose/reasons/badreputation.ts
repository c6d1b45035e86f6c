import type { ReasonRule } from './types.js';

/** The sender's IP or domain reputation is too low for the receiving side. */
export const badreputation: ReasonRule = {
  reason: 'badreputation',
  weight: 68,
  codes: ['X.7.650', 'X.7.750'],
  phrases: ['reputation', 'low reputation', 'poor reputation', 'sender score', 'unusual rate of unsolicited', 'sending patterns'],
};
