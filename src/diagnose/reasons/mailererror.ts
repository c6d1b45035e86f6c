import type { ReasonRule } from './types.js';

/** A local delivery program (procmail, a pipe, a script) failed on the receiving host. */
export const mailererror: ReasonRule = {
  reason: 'mailererror',
  weight: 64,
  codes: [],
  phrases: [
    // Not PHPMailer's "Mailer Error: SMTP Error: …", which frames a server's reply.
    'mailer error(?!:? smtp)', 'unknown mailer', 'program exited', 'exit code', 'exited with', // "DATA END command failed" is a client library naming the SMTP step, not a local program.
    'command (?:died|output)', '(?:pipe|shell|program|local|delivery) command failed', 'procmail', 'pipe to',
    'local delivery failed', 'x-unix;', 'delivery program', 'service unavailable.{0,20}mailer', 'mail (?:delivery )?program', 'shell command',
    'returned a temporary error', 'child process', 'sh: ', 'broken pipe',
  ],
};
