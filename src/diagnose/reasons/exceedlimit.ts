import type { ReasonRule } from './types.js';

/** The message exceeds a limit the recipient's system sets (size per recipient, line or header limits). */
export const exceedlimit: ReasonRule = {
  reason: 'exceedlimit',
  weight: 86,
  codes: ['X.2.3'],
  phrases: ['exceeds? (?:the )?(?:recipient|user)\'?s? (?:size )?limit', 'message length exceeds administrative limit', 'exceeds? .{0,20}administrative limit', 'limit exceeded for the recipient', 'limit set by (?:the )?recipient'],
};
