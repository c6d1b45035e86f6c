/**
 * From codes and wording to a verdict: reason, permanent or not, hard bounce, who acts. The
 * wording decides first because one code covers many causes (550 5.7.1 may be a block list, spam,
 * relaying or policy); the enhanced code decides where the wording says nothing we know.
 */
import type { Reason, WhoActs } from '../../catalog/schema.js';
import { reasonFromCode } from '../reasons/index.js';

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
    default: return reply?.startsWith('2') ? 'delivered' : 'undefined';
  }
}

const HARD: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'hasmoved']);

/** `codeClass` is the first digit of the enhanced (or else reply) code, where there is one. */
export function isHardBounce(reason: Reason, permanent: boolean | null, codeClass?: string): boolean {
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

export function whoActsFor(reason: Reason): WhoActs {
  return WHO[reason];
}

/** Permanent from the codes' class; where there is no code, from what the reason implies. */
export function isPermanent(reply: string | null, enhanced: string | null, reason: Reason, action: string | null): boolean | null {
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
