import type { ReasonRule } from './types.js';

/** A feedback-loop (ARF) report: a user marked the mail as spam; nothing bounced. */
export const feedback: ReasonRule = {
  reason: 'feedback',
  weight: 100,
  codes: [],
  phrases: ['feedback-type:'],
};
