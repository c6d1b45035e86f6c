import type { ReasonRule } from './types.js';

/** The sending MTA gave up after retrying for its maximum queue time. */
export const expired: ReasonRule = {
  reason: 'expired',
  weight: 76,
  codes: ['X.4.7', 'X.4.1'],
  phrases: [
    // Exim's "retry time not reached for any host" in a deferral ("defer (-54): …") only skipped one
    // queue run; after a long failure period it is the give-up.
    'delivery time expired', 'retry time(?:out)? exceeded', 'retry time not reached for any host after a long failure period', 'could not be delivered (?:for|within|in) ', 'giving up', 'gave up',
    'message expired', 'expired after', 'too long (?:in|on) (?:the )?queue', 'time limit exceeded', 'has been delayed', 'delivery (?:has )?expired',
    'maximum (?:queue|delivery) time', 'retry period', 'queue lifetime', 'not been delivered .{0,40}(?:days|hours)', 'was not delivered within',
    'undeliverable for', 'deferred for', 'message timed out', 'queue time', 'for more than \\d{1,3} (?:days|hours)', 'exceeded (?:the )?(?:retry|queue|time)',
    'delivery attempts? (?:will )?(?:stop|expired|failed for)', 'expired',
    // Gmail's notice after days of failed connection attempts: it has given up.
    'did not accept our requests to connect',
  ],
};
