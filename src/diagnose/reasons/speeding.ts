import type { ReasonRule } from './types.js';

/** The sender is sending faster than the receiving side allows (rate limiting). */
export const speeding: ReasonRule = {
  reason: 'speeding',
  weight: 75,
  codes: [],
  phrases: ['rate limit', 'too (?:fast|quickly)', 'too many messages', 'throttl', 'sending rate', 'rate exceeded', 'receiving (?:e-?mail|mail) too', 'slow down', 'try again later.{0,20}rate',
    // Exchange Online stops a mailbox's SMTP submissions for a while after repeated errors.
    ['sender throttled', 90],
  ],
};
