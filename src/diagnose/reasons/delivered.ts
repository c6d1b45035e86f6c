import type { ReasonRule } from './types.js';

/** A success DSN (Action: delivered / relayed, 2.x.x). */
export const delivered: ReasonRule = {
  reason: 'delivered',
  weight: 98,
  codes: [],
  phrases: [],
};
