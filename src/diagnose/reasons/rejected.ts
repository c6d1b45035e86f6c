import type { ReasonRule } from './types.js';

/** The envelope sender (MAIL FROM) or its domain was refused. */
export const rejected: ReasonRule = {
  reason: 'rejected',
  weight: 56,
  codes: ['X.1.7', 'X.1.8'],
  phrases: [
    // Postfix's sender restrictions outweigh the words after them: "Sender address rejected:
    // Domain not found" is about our sender's domain, not the recipient's.
    ['sender address rejected', 90],
    // MDaemon refuses a sender it takes for backscatter.
    ['backscatter protection', 95],
    'sender (?:address )?(?:refused|denied|not allowed|blocked|unknown|verify failed|verification failed|domain)', 'domain of sender',
    'sender address', 'mail from (?:rejected|refused|denied)', 'rejected sender', 'invalid sender', 'bad sender', 'unknown sender',
    'sender (?:is )?(?:invalid|on a|blacklisted|not permitted)', 'from address', 'envelope (?:sender|from)', 'return path',
    'your (?:e-?mail )?address (?:has been )?(?:rejected|blocked)', 'reject(?:ed)? by sender',
    'not accept mail from', 'refused to accept', 'sender unverified',
    'the email address used to send', 'sender rejected',
    // The account that logged in may not send as the From address (Exchange's SendAs permission).
    ['(?:does not|doesn\'t) have permissions? to send as', 95], ['send ?as ?denied', 95], ['not (?:allowed|authorized|permitted) to send as', 95],
    // Google Groups refuses a post from a non-member or to a group that does not take posts.
    'google groups', 'groups\\.google\\.com', ['permission to post', 95],
  ],
};
