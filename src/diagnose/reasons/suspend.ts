import type { ReasonRule } from './types.js';

/** The mailbox exists but is disabled, suspended or inactive. */
export const suspend: ReasonRule = {
  reason: 'suspend',
  weight: 78,
  // X.2.1 is RFC 3463's "mailbox disabled, not accepting messages": the mailbox exists.
  codes: ['X.7.13', 'X.2.1'],
  phrases: [
    // A disabled account is a more precise explanation than the "user unknown" often sent with it.
    ['(?:user\\(s\\) )?account (?:has been |is )?(?:disabled|suspended|deactivated)', 75],
    'account (?:has been |is )?(?:disabled|suspended|inactive|deactivated|locked|blocked|frozen|expired)', 'mailbox (?:has been |is )?(?:disabled|suspended|inactive|deactivated|locked|frozen)',
    'user (?:account )?(?:is )?(?:suspended|disabled|inactive|deactivated)', 'recipient (?:is )?(?:suspended|disabled|inactive|deactivated)',
    'is (?:temporarily )?(?:inactive|deactivated)', 'not (?:currently )?active', 'account (?:is )?not active', 'disabled (?:mailbox|account|user)',
    'mailbox (?:is )?currently suspended', 'mailbox cannot be accessed', 'been disabled', 'inactive user', 'this account has been', 'temporarily disabled',
  ],
};
