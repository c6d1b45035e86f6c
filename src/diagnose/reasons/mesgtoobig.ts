import type { ReasonRule } from './types.js';

/** The message is larger than the receiving system accepts. */
export const mesgtoobig: ReasonRule = {
  reason: 'mesgtoobig',
  weight: 88,
  codes: ['X.3.4'],
  phrases: [
    'message (?:size|length) exceeds', 'message (?:size|length) \\(\\d{1,12} bytes\\) exceeds', 'message (?:is )?too (?:big|large|long)', 'size (?:limit )?exceed', 'exceeds (?:the )?(?:maximum|max|fixed) (?:message )?size',
    'exceeds (?:the )?size limit', 'message size', 'size limit', 'larger than', 'maximum (?:allowed )?(?:message )?size',
    'mail size', 'message exceeds', 'exceeded (?:the )?(?:maximum )?size', 'exceeds maximum allowed', 'size of the message',
  ],
};
