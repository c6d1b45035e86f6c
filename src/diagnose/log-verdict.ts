/**
 * What a mail server's own log says about a delivery's state, where no delivery-status block does:
 * final (the queue gave up, or the server refused for good) or still being retried. A DSN's
 * "Action:" field says the same for a report; a log says it in each MTA's own words.
 */

/** Postfix's "status=bounced" / "status=expired, returned to sender": given up. */
const LOG_GAVE_UP = /\bstatus=(?:bounced|expired)\b/i;

/** Postfix's delivery line names the queue ID before "to=<"; its queue manager ends the story with "from=<…>, status=expired". */
const POSTFIX_DELIVERY_QID = /postfix[\w./-]{0,40}\/\w+\[\d+\]: ([0-9A-Za-z]{6,20}): to=</;

/** Sendmail's delivery line: "sendmail[pid]: <qid>: to=…". */
const SENDMAIL_DELIVERY_QID = /(?:sendmail|sm-mta)\[\d+\]: ([0-9A-Za-z]{8,20}): to=/;

/**
 * Sendmail refusing an address itself: "<qid>: <a@b>... User unknown" (its log leaves the code
 * out); a deferral says "Deferred" or asks to try again.
 */
export const SENDMAIL_ADDRESS_REFUSED = /(?:sendmail|sm-mta)\[\d+\]: [0-9A-Za-z]{8,20}: <[^<>\s]{1,254}>\.\.\. (?!deferred)(?![^\n]{0,120}(?:try again|temporar))\S/i;

/** Lines looked through for the queue manager's verdict: a pasted log, not a whole day's. */
const MAX_LOG_LINES = 5000;

/**
 * Exim marks a delivery it failed "id ** a@b" and one it deferred "id == a@b"; refusing a client
 * itself, it logs "rejected RCPT <a@b>: …" (a 5xx) or "temporarily rejected …" (a 4xx), and
 * often leaves the code out.
 */
const EXIM_LOG_FAILED = /(?:^|\s)[0-9A-Za-z]{6}-[0-9A-Za-z]{4,11}-[0-9A-Za-z]{2,4} \*\* |(?<!temporarily )\brejected (?:RCPT|MAIL|after DATA|EHLO from|HELO from|from <)/;
const EXIM_LOG_DEFERRED = /(?:^|\s)[0-9A-Za-z]{6}-[0-9A-Za-z]{4,11}-[0-9A-Za-z]{2,4} == |\btemporarily rejected\b/;

/** Postfix's smtpd limits that answer 421/450 (try later); its other logged refusals are 5xx. */
const POSTFIX_LIMIT = /\bwarning: (?:connection (?:rate|concurrency) limit exceeded|message delivery request rate limit exceeded|recipient address rate limit exceeded)/i;
const POSTFIX_REFUSAL = /postfix[\w./-]{0,40}\/(?:smtpd|postscreen)\[\d+\]: (?:warning: (?:illegal address syntax from|[0-9A-Za-z]{6,20}: queue file size limit exceeded)|(?:denylisted|blacklisted|pregreet \d))/i;

/**
 * OpenSMTPD reports the envelope it dropped at its expiry on its delay-notice form ("Action:
 * delayed", "only a temporary failure report") with the line "<a@b>: Envelope expired", and logs
 * "Expire for … stat=Envelope expired"; the queue no longer holds it. Its delay warnings name the
 * last error instead.
 */
const ENVELOPE_EXPIRED = /(?::|stat=)\s?envelope expired\b/i;

export function envelopeExpired(text: string): boolean {
  return ENVELOPE_EXPIRED.test(text);
}

/** Whether a Postfix delivery line says it gave up on the recipient. */
export function logGaveUp(line: string): boolean {
  return LOG_GAVE_UP.test(line);
}

/**
 * Whether the queue manager's later line for the delivery line's queue ID says it gave up on the
 * message ("status=expired, returned to sender"), which the deferrals logged before it do not say.
 */
export function postfixQueueExpired(lines: string[], line: string): boolean {
  const qid = POSTFIX_DELIVERY_QID.exec(line)?.[1];
  if (!qid) return false;
  const marker = `${qid}: from=<`;
  for (let i = 0; i < lines.length && i < MAX_LOG_LINES; i++) {
    const l = lines[i]!;
    if (l.includes(marker) && l.includes('status=expired')) return true;
  }
  return false;
}

/**
 * Whether Sendmail's log, after the delivery line's deferrals, says it returned the message
 * ("<qid>: <new qid>: sender notify: Cannot send message for 5 days"); its warning ("Warning: could
 * not send message for past 4 hours") is not that.
 */
export function sendmailQueueGaveUp(lines: string[], line: string): boolean {
  const qid = SENDMAIL_DELIVERY_QID.exec(line)?.[1];
  if (!qid) return false;
  const marker = `${qid}: `;
  for (let i = 0; i < lines.length && i < MAX_LOG_LINES; i++) {
    const l = lines[i]!;
    if (l.includes(marker) && /: (?:sender notify|DSN): Cannot send message for /.test(l)) return true;
  }
  return false;
}

/**
 * The state a server's own log lines give a refusal or delivery with no code or DSN to say it:
 * Exim's markers and refusals (a recipient's lines may hold its deferrals and then its failure:
 * the failure is final), and the refusals Postfix's smtpd and postscreen log without their code.
 */
export function serverLogAction(lines: string): 'failed' | 'delayed' | null {
  if (EXIM_LOG_FAILED.test(lines)) return 'failed';
  if (EXIM_LOG_DEFERRED.test(lines) || POSTFIX_LIMIT.test(lines)) return 'delayed';
  return POSTFIX_REFUSAL.test(lines) || SENDMAIL_ADDRESS_REFUSED.test(lines) ? 'failed' : null;
}

/**
 * Exim refusing a client itself, in its main log: "H=(helo) [ip] F=<s> rejected RCPT <a@b>: Unknown
 * user", "rejected EHLO from [ip]: syntactically invalid argument(s)", "rejected from <s> H=…:
 * message too big", "SMTP syntax error in \"RCPT TO:<…>\" H=…". It often leaves the code out; the
 * line is a server's verdict all the same.
 */
const EXIM_REJECT_LINE = /\bH=[^\n]{1,200}? (?:temporarily )?rejected (?:RCPT|MAIL|after DATA|connection)|\brejected (?:EHLO|HELO) from \[|\brejected from <[^>\n]{0,256}> H=|\bSMTP syntax error in "|\bexcess temporarily rejected: sender=/;

/**
 * Postfix refusing a client itself and logging why without the code it sent: smtpd's "warning:
 * Connection rate limit exceeded", "warning: Illegal address syntax from …", "warning: <id>: queue
 * file size limit exceeded", a failed SASL login; postscreen's "DENYLISTED" and "PREGREET".
 */
const POSTFIX_SERVER_REFUSAL = /postfix[\w./-]{0,40}\/(?:smtpd|postscreen)\[\d+\]: (?:warning: (?:connection (?:rate|concurrency) limit exceeded|message delivery request rate limit exceeded|recipient address rate limit exceeded|illegal address syntax from|[0-9A-Za-z]{6,20}: queue file size limit exceeded|[^\n]{1,200}: sasl \w+ authentication failed)|(?:denylisted|blacklisted|pregreet \d))/i;

/**
 * Whether the text is a server's own log of refusing a client (Exim's, Postfix's or Sendmail's),
 * which it often writes without the reply code: a verdict all the same.
 */
export function refusedByServerItself(text: string): boolean {
  return EXIM_REJECT_LINE.test(text) || POSTFIX_SERVER_REFUSAL.test(text) || SENDMAIL_ADDRESS_REFUSED.test(text);
}

/** Whether the text is our own Postfix turning a client away (for the answer's note on who is who). */
export function postfixRefusedClient(text: string): boolean {
  return POSTFIX_SERVER_REFUSAL.test(text);
}
