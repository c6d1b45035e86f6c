/**
 * Which SMTP command a reply answered, where the text shows it: the report says so ("in reply to
 * MAIL FROM command", Exim's "after MAIL FROM:<…>", a library's "MAIL FROM failed:"), or a
 * transcript's last client command before the reply ("-> MAIL FROM:<…>", PHPMailer's
 * "CLIENT -> SERVER: STARTTLS"). The stage changes what a reply means: "Domain does not exist"
 * in answer to MAIL FROM is about our sender's domain, never the recipient's address.
 */
import type { Reason } from '../catalog/schema.js';

/** Reports and library errors that name MAIL FROM as the command that failed. */
const MAIL_FROM_NAMED = /in reply to mail from\b|after mail from\b|\bmail from (?:command )?failed|command: 'mail from'|\bmail command failed/i;

/** A transcript's client line: swaks "->", "~>", Postfix/Sendmail ">>>", "C:", PHPMailer's "CLIENT -> SERVER:". */
const CLIENT_LINE = /^\s*(?:->|~>|>>>|C:)\s*([a-z]{4,8})\b|client -> server:\s*([a-z]{4,8})\b/i;
/** A server line in the same transcripts, which may stand between the command and the failing reply. */
const SERVER_LINE = /^\s*(?:<-|<~|<\*\*|<<<|S:)\s|server -> client:|^\s*[2-5]\d\d[ -]/i;
/** Lines looked back through for the command. */
const LOOK_BACK = 24;

/**
 * The transcript's command that the reply on `line` answered, upper-cased ("MAIL", "RCPT",
 * "STARTTLS"), when the client line just before the reply's lines names one.
 */
export function commandBefore(lines: string[], line: number): string | null {
  for (let i = line - 1; i >= Math.max(0, line - LOOK_BACK); i--) {
    const l = lines[i] ?? '';
    const m = CLIENT_LINE.exec(l);
    if (m) return (m[1] ?? m[2]!).toUpperCase();
    // Only the failing reply's own lines (a multi-line reply) may stand between: anything else and
    // the command is not known.
    if (!SERVER_LINE.test(l) || !/^\s*(?:<\*\*|<<<|S:)?\s*[45]\d\d-|server -> client:\s*[45]\d\d-/i.test(l)) return null;
  }
  return null;
}

/**
 * A server's log line that names only the sender it refused, before the reply: Courier's
 * "error,relay=…,from=<a@b>: 517-Domain does not exist". With no recipient named anywhere for it,
 * the refusal was of that sender.
 */
const SENDER_NAMED = /(?:\bfrom=|\bF=|\bsender=|mail from:\s*)<[^<>\s]{1,254}>:? [45]\d\d[ -]/i;

/** Reasons about a mailbox or domain: in answer to MAIL FROM they are about our own sender. */
const ADDRESS_REASONS: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'hasmoved', 'suspend', 'filtered']);

/**
 * The reason once the stage is known: an address reason at MAIL FROM is our sender refused
 * ("rejected", as Sisimai names it), and a "command not implemented" in answer to STARTTLS is the
 * TLS the client asked for and did not get. `line` is the reply's line and `recipient` the
 * finding's, if any.
 */
export function reasonForStage(reason: Reason, text: string, command: string | null, line: string, recipient: string | null): Reason {
  if (ADDRESS_REASONS.has(reason) && (command === 'MAIL' || MAIL_FROM_NAMED.test(text) || (!recipient && SENDER_NAMED.test(line)))) return 'rejected';
  if (reason === 'syntaxerror' && command === 'STARTTLS') return 'failedstarttls';
  return reason;
}
