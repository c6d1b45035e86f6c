import type { ReasonRule } from './types.js';

/** Authentication or security requirements of the session were not met. */
export const securityerror: ReasonRule = {
  reason: 'securityerror',
  weight: 62,
  codes: ['X.7.0', 'X.7.2', 'X.7.3', 'X.7.4', 'X.7.5', 'X.7.6', 'X.7.7', 'X.7.8', 'X.7.10', 'X.7.12', 'X.7.14', 'X.7.15'],
  phrases: [
    'authentication (?:required|failed|is required)', 'auth(?:entication)? required', 'must (?:authenticate|be authenticated)',
    'not authenticated', 'unauthenticated senders?', 'smtp authentication', 'invalid credentials', 'authentication credentials invalid', 'username and password not accepted',
    'encryption (?:required|needed)', 'security (?:policy|error)', 'insecure', 'certificate', 'authentication mechanism',
    'smtp auth', 'login (?:failed|denied)', 'password', 'must use tls', 'require(?:s|d)? (?:tls|ssl|encryption)',
    'sender not authorized', 'not authorized to send', 'submission (?:requires|needs) auth', 'relay requires auth',
    'message does not meet .{0,30}security', 'secure connection',
  ],
};
