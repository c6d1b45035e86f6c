import type { ReasonRule } from './types.js';

/** The sending service refused to try because the address is on its suppression list. */
export const suppressed: ReasonRule = {
  reason: 'suppressed',
  weight: 83,
  codes: [],
  phrases: [
    'on the suppression', 'suppressed', 'address is suppressed',
    // An e-mail API that would not even try: its reason for the address ("recent history of bouncing
    // as an invalid address") must not read as the server's verdict on it today.
    ['suppression list', 95], ['has suppressed sending', 95], ['previously bounced address', 95],
    // SendGrid's reasons for a dropped message: the address bounced, unsubscribed or reported spam
    // before, so it sent nothing.
    ['bounced address', 95], ['unsubscribed address', 95], ['spam reporting address', 95],
  ],
};
