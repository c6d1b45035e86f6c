import type { ReasonRule } from './types.js';

/** Nothing in the reply says why it failed. */
export const undefinedReason: ReasonRule = {
  reason: 'undefined',
  weight: 0,
  codes: [],
  phrases: [],
};
