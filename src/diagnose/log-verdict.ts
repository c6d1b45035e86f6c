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

/** Sendmail's log line about one address: "sendmail[pid]: <qid>: <a@b>... " and what it says of it. */
const SENDMAIL_ADDRESS_LINE = '(?:sendmail|sm-mta)\\[\\d+\\]: [0-9A-Za-z]{8,20}: <[^<>\\s]{1,254}>\\.\\.\\. ';

/**
 * Sendmail refusing an address itself: "<qid>: <a@b>... User unknown" (its log leaves the code
 * out); a deferral says "Deferred" or asks to try again.
 */
const SENDMAIL_ADDRESS_REFUSED = new RegExp(`${SENDMAIL_ADDRESS_LINE}(?!deferred)(?![^\\n]{0,120}(?:try again|temporar))\\S`, 'i');

/** Sendmail's own log of refusing an unknown user, which answered the RCPT command. */
export const SENDMAIL_USER_UNKNOWN = `${SENDMAIL_ADDRESS_LINE}user unknown`;

/** A log line's leading timestamp: ISO ("2026-03-02T10:00", "2026-03-02 10:00:00") or syslog's ("Mar  2 10:00:00"). */
const ISO_STAMP = '\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d';
const SYSLOG_STAMP = '[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d';
export const LOG_TIMESTAMP = new RegExp(`^\\s*(?:${ISO_STAMP}|${SYSLOG_STAMP})`);
/**
 * A mail server's log line as pasted whole, its timestamp to the second first: one it wrote without
 * the reply code (Exim's "rejected RCPT <a@b>: Unknown user", postscreen's "DENYLISTED") is still
 * its verdict, not words to look up.
 */
export const LOG_LINE_START = new RegExp(`^\\s*(?:${ISO_STAMP}:\\d\\d|${SYSLOG_STAMP})\\s`);

/** Lines looked through for the queue manager's verdict: a pasted log, not a whole day's. */
const MAX_LOG_LINES = 5000;

/**
 * Exim marks a delivery it failed "id ** a@b" and one it deferred "id == a@b"; refusing a client
 * itself, it logs "rejected RCPT <a@b>: …" (a 5xx) or "temporarily rejected …" (a 4xx), and
 * often leaves the code out.
 */
export const EXIM_MESSAGE_ID = '[0-9A-Za-z]{6}-[0-9A-Za-z]{4,11}-[0-9A-Za-z]{2,4}';
const EXIM_LOG_FAILED = new RegExp(`(?:^|\\s)${EXIM_MESSAGE_ID} \\*\\* |(?<!temporarily )\\brejected (?:RCPT|MAIL|after DATA|EHLO from|HELO from|from <)`);
// Exim's message log (exim -Mvl) names the recipient without the "==": "a@b R=dnslookup T=remote_smtp defer (111): Connection refused".
const EXIM_LOG_DEFERRED = new RegExp(`(?:^|\\s)${EXIM_MESSAGE_ID} == |\\btemporarily rejected\\b|\\bT=\\S{1,64} defer \\(-?\\d{1,4}\\)`);

/**
 * Postfix refusing a client itself and logging why without the code it sent: smtpd's limits (which
 * answer 421/450, try later), its refusals of a malformed address or an oversized message and of a
 * failed SASL login (5xx), and postscreen turning a client away.
 */
const POSTFIX_SERVER = 'postfix[\\w./-]{0,40}\\/(?:smtpd|postscreen)\\[\\d+\\]: ';
const POSTFIX_LIMITS = 'connection (?:rate|concurrency) limit exceeded|message delivery request rate limit exceeded|recipient address rate limit exceeded';
const POSTFIX_REFUSALS = 'illegal address syntax from|[0-9A-Za-z]{6,20}: queue file size limit exceeded';
const POSTFIX_SASL_FAILED = '[^\\n]{1,200}: sasl \\w+ authentication failed';
const POSTSCREEN_DROPS = 'denylisted|blacklisted|pregreet \\d';
const POSTFIX_LIMIT = new RegExp(`\\bwarning: (?:${POSTFIX_LIMITS})`, 'i');
const POSTFIX_REFUSAL = new RegExp(`${POSTFIX_SERVER}(?:warning: (?:${POSTFIX_REFUSALS})|(?:${POSTSCREEN_DROPS}))`, 'i');
const POSTFIX_SERVER_REFUSAL = new RegExp(`${POSTFIX_SERVER}(?:warning: (?:${POSTFIX_LIMITS}|${POSTFIX_REFUSALS}|${POSTFIX_SASL_FAILED})|(?:${POSTSCREEN_DROPS}))`, 'i');

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

const SENDMAIL_RETURNED = /: (?:sender notify|DSN): Cannot send message for /;

/**
 * How one MTA's log ends a message's story: the message's ID as its delivery line gives it (the
 * first group of `id`; nullmailer names it a few lines up, `lookBack`), and whether a line is the
 * queue giving up on the message with that ID. The deferrals logged before it do not say so.
 */
interface QueueGiveUp {
  id: RegExp;
  lookBack?: number;
  gaveUp: (line: string, id: string) => boolean;
}

const QUEUE_GIVE_UPS: QueueGiveUp[] = [
  // Postfix's queue manager: "<qid>: from=<…>, status=expired, returned to sender".
  { id: POSTFIX_DELIVERY_QID, gaveUp: (l, id) => l.includes(`${id}: from=<`) && l.includes('status=expired') },
  // Sendmail: "<qid>: <new qid>: sender notify: Cannot send message for 5 days"; its warning
  // ("Warning: could not send message for past 4 hours") is not that.
  { id: SENDMAIL_DELIVERY_QID, gaveUp: (l, id) => l.includes(`${id}: `) && SENDMAIL_RETURNED.test(l) },
  // dma: "dma[<id>]: delivery failed, bouncing as …".
  { id: /dma\[([^\]\s]{1,64})\]: /, gaveUp: (l, id) => l.includes(`dma[${id}]: delivery failed, bouncing as`) },
  // Haraka: "[<uuid>.1.1] [outbound] bouncing mail: Too many failures".
  { id: /\[([0-9A-Fa-f-]{8,40}(?:\.\d{1,4}){0,3})\] \[outbound\]/, gaveUp: (l, id) => l.includes(`[${id}] [outbound] bouncing mail: Too many failures`) },
  // Courier starting its final report ("host=", where its delay warning says "host=deferred").
  { id: /courier\w{0,10}: id=([^,\s]{1,80}),/, gaveUp: (l, id) => l.includes(`courierd: started,id=${id},from=<>,module=dsn,host=,`) },
  // nullmailer: "Moving message <file> into failed", the file named by "Starting delivery: … file: <file>".
  { id: /\bfile: (\S{1,64})$/, lookBack: 20, gaveUp: (l, id) => l.includes(`Moving message ${id} into failed`) },
];

/**
 * Whether the log says the queue gave up on the message whose delivery line is `lines[at]`: a
 * later line with that message's ID (see QUEUE_GIVE_UPS), so a pasted log of several messages
 * never lends one's give-up to another.
 */
export function queueGaveUp(lines: string[], at: number): boolean {
  for (const q of QUEUE_GIVE_UPS) {
    let id: string | undefined;
    for (let i = at; i >= Math.max(0, at - (q.lookBack ?? 0)) && !id; i--) id = q.id.exec(lines[i] ?? '')?.[1];
    if (!id) continue;
    for (let i = 0; i < lines.length && i < MAX_LOG_LINES; i++) if (q.gaveUp(lines[i]!, id)) return true;
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
 * Whether the text is a server's own log of refusing a client (Exim's, Postfix's or Sendmail's),
 * which it often writes without the reply code: a verdict all the same.
 */
export function refusedByServerItself(text: string): boolean {
  return EXIM_REJECT_LINE.test(text) || POSTFIX_SERVER_REFUSAL.test(text) || SENDMAIL_ADDRESS_REFUSED.test(text);
}

/**
 * Whether the text is our own Exim or Postfix turning a client away, in the lines it logs without
 * a code (for the answer's note on who is who).
 */
export function eximOrPostfixRefusedClient(text: string): boolean {
  return EXIM_REJECT_LINE.test(text) || POSTFIX_SERVER_REFUSAL.test(text);
}
