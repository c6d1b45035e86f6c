import type { ReasonRule } from './types.js';

/** The recipient's own filters or settings refused it (not a spam verdict on content). */
export const filtered: ReasonRule = {
  reason: 'filtered',
  weight: 46,
  codes: [],
  phrases: [
    'filtered', 'content filter', 'refused by (?:the )?recipient', 'recipient.{0,20}rules', 'rejected by (?:the )?recipient', 'delivery not authorized',
    'not authorized to receive', 'only accepts mail from', 'does not accept mail from you', 'mail (?:is )?refused', 'not allowed to (?:send|deliver) to',
    'message (?:was )?rejected by (?:the )?(?:recipient|user)', 'sender is not (?:in|on) the', 'restricted to', 'permission denied',
    'recipient does not accept', 'user refuses', 'refused by mailbox', 'blocked by (?:the )?(?:user|recipient)', 'no permission',
    'message rejected', 'rejected the message', 'mail rejected', 'access denied', 'not permitted',
  ],
};
