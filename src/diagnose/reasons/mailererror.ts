import type { ReasonRule } from './types.js';

/** A local delivery program (procmail, a pipe, a script) failed on the receiving host. */
export const mailererror: ReasonRule = {
  reason: 'mailererror',
  weight: 64,
  codes: [],
  phrases: [
    'mailer error', 'unknown mailer', 'program exited', 'exit code', 'exited with', 'command (?:died|failed|output)', 'procmail', 'pipe to',
    'local delivery failed', 'x-unix;', 'delivery program', 'service unavailable.{0,20}mailer', 'mail (?:delivery )?program', 'shell command',
    'returned a temporary error', 'child process', 'sh: ', 'broken pipe',
  ],
};
