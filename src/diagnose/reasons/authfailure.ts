import type { ReasonRule } from './types.js';

/** SPF, DKIM or DMARC checks on the sender failed. */
export const authfailure: ReasonRule = {
  reason: 'authfailure',
  weight: 81,
  codes: ['X.7.20', 'X.7.21', 'X.7.22', 'X.7.23', 'X.7.24', 'X.7.26', 'X.7.29', 'X.7.509', 'X.7.30'],
  phrases: [
    '\\bspf\\b', '\\bdkim\\b', '\\bdmarc\\b', 'sender policy framework', 'domainkeys', 'unauthenticated (?:e-?mail|mail) from', 'sender is unauthenticated',
    'not pass (?:authentication|spf|dkim)', 'authentication checks? (?:did not|failed)', 'failed (?:spf|dkim|dmarc)', 'is not authenticated',
    'could not be authenticated', 'sender authentication', 'not designated as permitted sender', 'not permitted sender',
  ],
};
