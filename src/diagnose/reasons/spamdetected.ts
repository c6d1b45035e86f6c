import type { ReasonRule } from './types.js';

/** The receiving side judged the message to be spam. */
export const spamdetected: ReasonRule = {
  reason: 'spamdetected',
  weight: 66,
  codes: ['X.7.28'],
  phrases: [
    // spamass-milter's own refusal: the message, not the IP.
    ['blocked by spamassassin', 95],
    'spam', 'junk ?mail', 'unsolicited', 'bulk mail', 'content (?:is )?rejected', 'message (?:looks|appears|seems) (?:like|to be)',
    ['(?:due to|because of) (?:a )?spam classification', 90], ['(?:rejected|refused|blocked) (?:as|for being) spam', 90], 'classified as', 'identified as', 'considered as', 'score', 'suspicious', 'phish', 'scam', 'uce\\b', 'ube\\b',
  ],
};
