/**
 * From codes and wording to a verdict: reason, permanent or not, hard bounce, who acts. The
 * wording decides first because one code covers many causes (550 5.7.1 may be a block list, spam,
 * relaying or policy); the enhanced code decides where the wording says nothing we know.
 */
import type { Reason, WhoActs } from '../../catalog/schema.js';
import { reasonFromCode } from '../reasons/index.js';
import { SENDMAIL_USER_UNKNOWN } from '../log-verdict.js';

export { retryAfterSeconds } from './retry.js';

/** `found` is what `reasonsInText` returned for the reply's wording. */
export function decideReason(found: Map<Reason, number>, reply: string | null, enhanced: string | null): Reason {
  const byCode = reasonFromCode(enhanced);
  let best: Reason | null = null;
  let bestWeight = -1;
  for (const [reason, phraseWeight] of found) {
    let w = phraseWeight;
    // The code breaks ties between wordings: a reason both the words and the code point to wins.
    if (reason === byCode) w += 15;
    if (w > bestWeight) {
      best = reason;
      bestWeight = w;
    }
  }
  // A queue that timed out on connections has expired, whatever the last connection error was.
  if (best === 'networkerror' && byCode === 'expired') return 'expired';
  // Only the most generic wording ("unavailable", "try again later") found: a mail-system status
  // code says which state the system is in ("521 5.3.2 Service currently unavailable" is a host
  // not accepting mail; X.3.1 full, X.3.4 too big for it), as Sisimai reads them.
  // A transient 4.3.2 with that wording is a server that is unavailable for now ("421 4.3.2 Service
  // not available, closing transmission channel"), not one that takes no mail.
  if (best === 'systemerror' && byCode && enhanced && /^\d\.3\.[1-9]\d*$/.test(enhanced) && enhanced !== '4.3.2') return byCode;
  if (best) return best;
  if (byCode) return byCode;
  return reasonFromReply(reply);
}

function reasonFromReply(reply: string | null): Reason {
  switch (reply) {
    case '551': return 'hasmoved';
    case '552': return 'mailboxfull';
    case '452': return 'mailboxfull';
    case '421': return 'systemerror';
    case '451': return 'systemerror';
    case '554': return 'rejected';
    case '553': return 'rejected';
    case '550': return 'rejected';
    // RFC 5321's command and argument errors, which Sisimai also files as syntax errors.
    case '500': case '501': case '502': case '503': case '504': return 'syntaxerror';
    // RFC 4954's authentication replies: required (530), too weak (534), refused (535), needs TLS (538).
    case '530': case '534': case '535': case '538': return 'securityerror';
    default: return reply?.startsWith('2') ? 'delivered' : 'undefined';
  }
}

const HARD: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'hasmoved']);

/** `codeClass` is the first digit of the enhanced (or else reply) code, where there is one. */
export function isHardBounce(reason: Reason, permanent: boolean | null, codeClass?: string): boolean {
  // A transient failure is never a hard bounce, whatever its wording ("450 … mailbox unavailable",
  // "451 4.1.1 user unknown, try again"): the next attempt may be taken, so the address must not be
  // dropped. A 4xx the sending MTA gave up on (Action: failed) is permanent and keeps its verdict.
  if (permanent === false) return false;
  if (HARD.has(reason)) return true;
  // A host that takes no mail is final only when the server said so permanently (5xx), or the
  // report has no code and gave up; a 4xx "does not receive mail" may be a DNS hiccup.
  return reason === 'notaccept' && (codeClass === '5' || (codeClass === undefined && permanent === true));
}

const WHO: Record<Reason, WhoActs> = {
  userunknown: 'sender', hostunknown: 'sender', hasmoved: 'sender', mailboxfull: 'recipient', suspend: 'recipient',
  notaccept: 'sender', filtered: 'recipient', rejected: 'sender', blocked: 'sender', norelaying: 'sender',
  policyviolation: 'sender', securityerror: 'sender', spamdetected: 'sender', virusdetected: 'sender',
  contenterror: 'sender', mesgtoobig: 'sender', exceedlimit: 'sender', systemfull: 'recipient-admin',
  systemerror: 'recipient-admin', mailererror: 'recipient-admin', networkerror: 'recipient-admin', expired: 'sender',
  toomanyconn: 'sender', syntaxerror: 'sender', onhold: 'nobody', undefined: 'nobody', delivered: 'nobody',
  feedback: 'sender', vacation: 'nobody', authfailure: 'sender', badreputation: 'sender', notcompliantrfc: 'sender',
  requireptr: 'sender', speeding: 'sender', failedstarttls: 'sender', suppressed: 'sender',
};

/**
 * A transient failure on the receiving side (a server not accepting mail for now, a temporary
 * system or network fault) clears while the sending queue retries: nobody has to act yet, as the
 * catalog says of 421, 450 and 451. If it lasts, the reason's usual party takes over.
 */
// A delay notice ('expired' while still queued, RFC 3464 "Action: delayed") asks nothing of anyone yet.
const WAIT_WHEN_TRANSIENT = new Set<Reason>(['notaccept', 'systemerror', 'systemfull', 'networkerror', 'mailererror', 'expired']);

export function whoActsFor(reason: Reason, permanent: boolean | null = true): WhoActs {
  if (permanent === false && WAIT_WHEN_TRANSIENT.has(reason)) return 'nobody';
  // A permanent refusal nobody could name still needs someone: waiting never changes a 5xx, so the
  // sender reads the reply and takes it up.
  if (permanent === true && reason === 'undefined') return 'sender';
  return WHO[reason];
}

/** Permanent from the codes' class; where there is no code, from what the reason implies. */
export function isPermanent(reply: string | null, enhanced: string | null, reason: Reason, action: string | null): boolean | null {
  // A delay notice is the sending MTA saying it is still retrying, whatever class the last reply
  // had (Postfix defers a 521 at the greeting and says so with "Action: delayed").
  if (action === 'delayed') return false;
  const c = enhanced?.[0] ?? reply?.[0];
  if (c === '5') return true;
  if (c === '4') return action === 'failed' ? true : false;
  if (c === '2') return null;
  if (reason === 'delivered' || reason === 'feedback' || reason === 'vacation') return null;
  if (action === 'failed') return true;
  if (action === 'delayed') return false;
  if (reason === 'undefined' || reason === 'onhold') return null;
  return true;
}

// The terse "user unknown" / "no such user here" replies many MTAs send, in whatever stage.
const TERSE_UNKNOWN_USER = /(?<![a-z])(?:user unknown|no such user here)(?![a-z])/i;
// Any sign that the reply answered the RCPT TO command (Postfix "in reply to RCPT TO command",
// Exim "after RCPT TO:<x>", transcripts "-> RCPT TO").
// qmail's "does not like recipient", Yahoo's "[RCPT_TO]" and Postfix's "Recipient address rejected:"
// (its recipient restrictions answer RCPT TO) name the stage too.
// Sendmail's own log of the refusal, "<qid>: <a@b>... User unknown", is its RCPT check too.
const RCPT_STAGE = new RegExp(`(?:in reply to|after|>>>|->|<-)\\s*rcpt to|rcpt to:\\s*<[^>\\n]{0,254}>:?\\s*[45]\\d\\d|does not like recipient|\\[rcpt_to\\]|recipient address rejected:|${SENDMAIL_USER_UNKNOWN}`, 'i');

/**
 * Whether a "user unknown" verdict should count as a filter's refusal. Sisimai only trusts the
 * wording as a missing mailbox when the enhanced code is an address one (X.1.x) or the reply is
 * known to answer RCPT TO. X.2.x is left alone: servers send "5.2.1 User unknown" for missing
 * mailboxes often enough that it stays a hard verdict. Otherwise a recipient filter or an
 * after-DATA check may have said it, so it is not proof enough for a hard bounce.
 */
export function unknownUserOutsideRcpt(replyText: string, enhanced: string | null, context: string): boolean {
  if (/^[45]\.[12]\./.test(enhanced ?? '')) return false;
  if (!TERSE_UNKNOWN_USER.test(replyText)) return false;
  return !RCPT_STAGE.test(context);
}
