import type { ReasonRule } from './types.js';

/** The failure was reported but its cause cannot be decided yet (held for later decision). */
export const onhold: ReasonRule = {
  reason: 'onhold',
  weight: 5,
  codes: [],
  phrases: [],
};
