/**
 * What a mail server's own log says about a delivery's state, where no delivery-status block does:
 * final (the queue gave up, or the server refused for good) or still being retried. A DSN's
 * "Action:" field says the same for a report; a log says it in each MTA's own words.
 */

/** Postfix's "status=bounced" / "status=expired, returned to sender": given up. */
const LOG_GAVE_UP = /\bstatus=(?:bounced|expired)\b/i;

/** Postfix's delivery line names the queue ID before "to=<"; its queue manager ends the story with "from=<…>, status=expired". */
const POSTFIX_DELIVERY_QID = /postfix[\w./-]{0,40}\/\w+\[\d+\]: ([0-9A-Za-z]{6,20}): to=</;

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
 * The state a server's own log lines give a refusal or delivery with no code or DSN to say it:
 * Exim's markers and refusals (a recipient's lines may hold its deferrals and then its failure:
 * the failure is final), and the refusals Postfix's smtpd and postscreen log without their code.
 */
export function serverLogAction(lines: string): 'failed' | 'delayed' | null {
  if (EXIM_LOG_FAILED.test(lines)) return 'failed';
  if (EXIM_LOG_DEFERRED.test(lines) || POSTFIX_LIMIT.test(lines)) return 'delayed';
  return POSTFIX_REFUSAL.test(lines) ? 'failed' : null;
}
