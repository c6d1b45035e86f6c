import type { ReasonRule } from './types.js';

/** The SMTP command or its arguments were malformed. */
export const syntaxerror: ReasonRule = {
  reason: 'syntaxerror',
  weight: 50,
  codes: ['X.5.1', 'X.5.2', 'X.5.4', 'X.5.5'],
  phrases: ['syntax error', 'command (?:not )?(?:unrecognized|recognized|implemented)', 'unrecognized command', 'bad sequence of commands', 'improper sequence', 'sequence of commands', 'unknown command', 'invalid command', 'parameter (?:not )?(?:recognized|implemented)', 'line too long for',
    // Exim's own log of a malformed command or argument, outweighing the 'malformed' of content errors.
    ['smtp syntax error', 60], ['syntactically invalid (?:e?hlo )?argument', 60], ['domain missing or malformed', 60],
    // Postfix's smtpd warning for an address it refused as malformed (501 5.1.3).
    ['illegal address syntax', 60],
    // Sendmail's for an address it cannot parse ("<a..b@@c>... Invalid route address").
    ['invalid route address', 60]],
};
