import type { ReasonRule } from './types.js';

/** The sending MTA could not reach or talk to the receiving host, or mail looped. */
export const networkerror: ReasonRule = {
  reason: 'networkerror',
  weight: 40,
  codes: ['X.4.0', 'X.4.2', 'X.4.6', 'X.4.312'],
  phrases: [
    'connection (?:timed out|refused|reset|closed|lost|dropped)', 'network (?:is )?unreachable', 'no route to host', 'lost connection',
    ['routing loop', 80], ['mail loop', 80], 'loop(?:s)? back', ['loop detected', 80], ['too many hops', 80], ['hop count exceeded', 80], 'looping', 'dns (?:error|failure|problem)',
    'host (?:is )?unreachable', 'could not connect', 'unable to connect', 'failed to connect', 'connect to .{1,80}(?:timed out|refused)',
    'read timeout', 'timed out', 'timeout', 'temporary failure in name resolution', 'servfail', 'unreachable',
    // Postfix's smtp client when the next hop's name does not resolve for now (dsn=4.4.4).
    'unable to look up host',
    // nullmailer's log and report: "smtp: Failed: Connect failed".
    'connect failed',
    // Exim's log when the server hung up without a word ("Remote host closed connection in response
    // to initial connection").
    // Plain text, not a pattern: a pattern here would run at every "rem…" in every report.
    'remote host closed connection', 'remote host closed the connection',
    // Sendmail's when the server hung up while it waited for a reply ("reply: read error from mx.x.").
    'reply: read error from',
    // Haraka's report once every MX refused or dropped the connection, whatever status it gives it.
    ['tried all mxs', 80],
  ],
};
