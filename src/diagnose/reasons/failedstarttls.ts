import type { ReasonRule } from './types.js';

/** The TLS handshake after STARTTLS failed, or TLS was required and unavailable. */
export const failedstarttls: ReasonRule = {
  reason: 'failedstarttls',
  weight: 63,
  codes: ['X.7.11'],
  phrases: ['starttls', 'tls (?:negotiation|handshake) failed', 'tls is required', 'must issue a starttls', 'ssl handshake', 'tls required'],
};
