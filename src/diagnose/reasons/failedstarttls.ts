import type { ReasonRule } from './types.js';

/** The TLS handshake after STARTTLS failed, or TLS was required and unavailable. */
export const failedstarttls: ReasonRule = {
  reason: 'failedstarttls',
  weight: 63,
  codes: ['X.7.11'],
  phrases: ['starttls', 'tls (?:negotiation|handshake) failed', 'tls is required', 'must issue a starttls', 'ssl handshake', 'tls required',
    // A library's report that the server refused the STARTTLS command itself ("STARTTLS failed: 502 5.5.1
    // command not implemented"): the missing TLS is the failure, not the syntax the code names.
    ['starttls (?:command )?failed', 70], ['upgrading connection with starttls', 70]],
};
