/**
 * Who a line names as the failed recipient: the address a report's line leads with or points to
 * ("<a@b>:", "to=<a@b>", "Recipient: a@b", Exim's "** a@b", an API's "rcpt_to"), never the sender
 * it may also name; and, where one line holds answers for several recipients, whose each one is.
 */
import { addressesIn, type AddressHit } from './addresses.js';
import type { CodeSite } from './codes.js';

/** Header-like lines of a message whose addresses are not the failed recipient. */
export const NOT_RECIPIENT_LINE = /^\s*(?:from|to|cc|bcc|reply-to|return-path|sender|message-id|in-reply-to|references|received|delivered-to|envelope-to|x-original-to|date|subject|dkim-signature|list-[a-z]+|errors-to|x-[a-z-]+|authentication-results|arc-[a-z-]+|original-mail-from|reported-domain|removal-recipient|mail from)\s*:/i;

/** A line that introduces a failed recipient: "<a@b>:", "  a@b", "a@b: …", "Recipient: a@b", Exim "** a@b". */
export const RECIPIENT_LEAD = /^\s*(?:\*\*\s*|[-*>•]\s*|(?:(?:failed |original |final |unknown |invalid )?recipients?(?: address(?:es)?)?|address(?:es)?|to|for|e-?mail|destinataire|empfänger|destinatario|收件人|收件者|宛先|받는 ?사람|수신자|получатель)\s*[:：]?\s*|\d+\.\s*)?["'<(]*[A-Za-z0-9._%+'=/-]{1,64}@/i;

/** "…delivered to a@b", "recipient: a@b", "sent to <a@b>", Courier's "addr=<a@b>": the address that follows is the recipient. */
export const TO_BEFORE = /(?:\b(?:to|for|recipients?|addressee|address|destinataire|an|aan|para|per)|(?:^|\s)(?:à|по адресу|на адрес))\s*:?\s*["'<(]?$|\baddr=<$/i;

/** A failure reply's codes just before an address: "550 5.1.1 <", "450 4.2.0 ". */
const REPLY_BEFORE = /(?:^|[^\d.])[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}\s+)?<?$/;
/** …when the words after it refuse that address as a recipient (not "<a@b> sender rejected", "<a@b>... Access denied"). */
const RECIPIENT_REFUSED_AFTER = /^>?(?::|\.\.\.)?\s*(?:recipient address rejected|user unknown|unknown user|no such (?:user|mailbox)|mailbox (?:unavailable|not found|does not exist|full)|(?:user|mailbox|recipient) (?:does not exist|not found|unknown))/i;

const SENDER_LINE = /domain of sender address|sender verify failed|verification failed for|not owned by user|smtpsenderrefused/i;

/**
 * Words before an address that make it some other party's: where to go instead (551 "please try
 * <new@x>"), whom to write to ("contact postmaster@x", "forward this message to delist@x"), or our
 * own sender named by a filter ("The message from (<a@b>)", "Blocked Senders: a@b", SES's
 * "identities failed the check in region …: a@b").
 */
const OTHER_PARTY_BEFORE = /(?:please try|try|moved to|forward(?:ed)? to|forward this message to|message from \(|blocked senders:|the check in region [\w-]{1,30}:|contact|write to|e-?mail us at)\s*[<(]?$/i;


/** JSON keys under which e-mail APIs (SES, SendGrid, Mailgun, SparkPost, Postmark) put the recipient… */
const JSON_RECIPIENT_KEY = /"(?:rcpt_to|recipient|email|emailaddress|email_address|to)"\s*:\s*\[?\s*"$/i;
/** …and the sender, which is never the failed recipient. */
const JSON_SENDER_KEY = /"(?:msg_from|from|sender|mail_from|friendly_from|return_path|envelope_from|reply_to|source)"\s*:\s*"$/i;

/**
 * Several answers on one line, each after an address of its own (Python's SMTPRecipientsRefused:
 * {'a@x': (451, b'4.3.0 …'), 'b@y': (550, b'5.1.1 …')}): the address before each answer, up to the
 * previous one, is its recipient. Null unless that names at least two recipients.
 */
export function siteRecipients(line: string, codes: CodeSite[]): (string | null)[] | null {
  const addresses = addressesIn(line, 16);
  if (addresses.length < 2) return null;
  const out: (string | null)[] = [];
  const distinct = new Set<string>();
  let from = 0;
  let previous: string | null = null;
  for (const c of codes) {
    let r: string | null = null;
    // Exim's log quotes a multi-line reply on one line: "bob@x … 550-5.7.1 <we@y>: Sender address
    // rejected: 550 5.7.1 …" names our sender between the two lines of one answer.
    for (const a of addresses) if (a.start >= from && a.end <= c.index && !namesOtherParty(line, a)) r = a.address;
    // No new address since the last answer: this one is the same recipient's (an SES event gives
    // each recipient a "status" and then its "diagnosticCode").
    r ??= previous;
    previous = r;
    out.push(r);
    if (r) distinct.add(r);
    from = c.index + 3;
  }
  return distinct.size >= 2 ? out : null;
}

/** An address found as a recipient; `byKey` when an e-mail API's JSON key names it so. */
export type RecipientHit = AddressHit & { strong: boolean; byKey?: true };

export function recipientHit(line: string): RecipientHit | null {
  // A line about our sender names no recipient: "Domain of sender address a@b does not exist",
  // Exim's "Verification failed for <a@b>" / "Sender verify failed", Postfix's "not owned by user bob".
  if (SENDER_LINE.test(line)) return null;
  const hits = addressesIn(line, 8);
  if (hits.length === 0) return null;
  // An address after "to=" or "RCPT TO" is the recipient even when other addresses come first.
  for (const h of hits) {
    const before = line.slice(Math.max(0, h.start - 12), h.start).toLowerCase();
    // Exim's log names the recipient after its failure or deferral marker: "1xXcQ5-0003qs-1q ** a@b",
    // and, refusing one itself, after the command: "F=<sender> rejected RCPT <a@b>: Unknown user".
    if (/(?:\bto=<?|\baddr=<|rcpt to:\s*<?|\brcpt <|recipient:?\s*<?|for <?|\bto <|\bto:?\s*<|\s(?:\*\*|==) )$/.test(before)) return { address: h.address, start: h.start, end: h.end, strong: true };
    // An e-mail API's event names it by key: "rcpt_to", "recipient", "email", "emailAddress".
    if (JSON_RECIPIENT_KEY.test(line.slice(Math.max(0, h.start - 24), h.start))) return { address: h.address, start: h.start, end: h.end, strong: true, byKey: true };
  }
  // A refusal that names the address it refuses ("550 5.1.1 <a@b>: Recipient address rejected"),
  // where a library's error lists other addresses before it (nodemailer's "accepted: [ 'a@x' ]").
  for (const h of hits) {
    if (REPLY_BEFORE.test(line.slice(Math.max(0, h.start - 16), h.start)) && RECIPIENT_REFUSED_AFTER.test(line.slice(h.end, h.end + 40)) && !namesOtherParty(line, h)) return { address: h.address, start: h.start, end: h.end, strong: true };
  }
  for (const h of hits) {
    if (namesOtherParty(line, h)) continue;
    return { address: h.address, start: h.start, end: h.end, strong: RECIPIENT_LEAD.test(line.slice(0, h.end + 1)) };
  }
  return null;
}

/** Whether the words around an address make it the sender's, or some other party's, not a recipient's. */
function namesOtherParty(line: string, h: AddressHit): boolean {
  const before = line.slice(Math.max(0, h.start - 14), h.start).toLowerCase();
  // Exim's log names the sender "F=<a@b>" and "sender=<a@b>"; Sendmail's the local user who sent "ctladdr=<a@b>".
  if (/(?:from=<?|mail from:\s*<?|sender[:=]?\s*<?|from <|by |envelope-from=?<?|helo=<?|\bf=<|ctladdr=<?)$/.test(before)) return true;
  if (JSON_SENDER_KEY.test(line.slice(Math.max(0, h.start - 24), h.start))) return true;
  // Postfix names the sender before its refusal: "<a@b>: Sender address rejected: Domain not found";
  // Sendmail before accepting it: "250 2.1.0 <a@b>... Sender ok"; Cox's "550 5.1.0 <a@b> sender rejected";
  // Haraka's "550 a@b That sender cannot send mail here".
  if (/^>?(?::?\s*(?:that )?sender (?:address )?(?:rejected|cannot|is not|not allowed)|\.\.\. sender ok)/i.test(line.slice(h.end, h.end + 30))) return true;
  return OTHER_PARTY_BEFORE.test(line.slice(Math.max(0, h.start - 48), h.start));
}
