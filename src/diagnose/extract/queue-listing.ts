/**
 * Queue listings, as on-call engineers paste them when a queue grows. Everything listed is still
 * queued: a message the MTA gave up on has left the queue.
 *
 * Postfix's `mailq` (`postqueue -p`): each message's line names its sender; the last deferral
 * reason, in parentheses (a short one indented), comes before the recipients it applies to, one
 * indented address per line. `postqueue -j` gives one JSON object per message, its recipients in
 * an array, each with its own "delay_reason".
 *
 *   -Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
 *   4F2A31C0452     1834 Sun Nov 29 10:01:02  billing@ours.example
 *                   (connect to mx.example.net[192.0.2.77]:25: Connection timed out)
 *                                            omar@example.net
 *
 * Sendmail's `mailq`: the reason under a message's line is the message's last error, whichever
 * recipient got it; `mailq -v` adds each recipient's own reason on the line after it.
 *
 *   -----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------
 *   6ATJJoC1014248       36 Sun Nov 29 19:19 <billing@ours.example>
 *                    (Deferred: Connection refused by mx.example.net.)
 *                                            <omar@example.net>
 */
import { EXIM_MESSAGE_ID } from '../log-verdict.js';
import { addressesIn } from './addresses.js';
import type { CodeSite } from './codes.js';

export type QueueListingKind = 'postfix' | 'sendmail';

/** Postfix's column header, its closing count ("-- 5 Kbytes in 3 Requests."), or a `postqueue -j` line. */
const POSTFIX = /^-Queue ID-\s+--Size--|^-- \d+ [KMG]?bytes in \d+ Requests?\.$|^\{"queue_name": ?"/im;
/** Sendmail's column header, or its queue directory's count. */
// Spaces and tabs only before it: under /m, `^\s*` would run on from every line start across a
// run of blank lines, which on 100,000 of them is quadratic.
const SENDMAIL = /^-----Q-ID----- --Size--|^[ \t]*\/var\/spool\/mqueue[\w-]* \(\d+ requests?\)$/im;
/**
 * A line after which no earlier message is spoken of: a message's own line (queue ID, a flag such
 * as `*` active or `!` held, size, Sendmail's priority, weekday or month), a header, a count, a JSON
 * message's envelope.
 */
const BOUNDARY = new RegExp([
  '^[0-9A-Za-z]{6,20}[*!X-]?\\s+\\d+\\s+(?:\\d+\\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s',
  '^-Queue ID-', '^-- \\d+ [KMG]?bytes in ', '^\\{"queue_name": ?"', '^-----Q-ID-----', '^[ \\t]*Total requests: \\d', '^[ \\t]*/var/spool/mqueue',
].join('|'));
/** A deferral reason: the whole line in parentheses. */
const REASON = /^\s*\(.+\)\s*$/;
/** A recipient: an indented address alone on its line. */
const RECIPIENT = /^\s+<?[^\s<>()]{1,64}@[^\s<>()]{1,255}>?\s*$/;
/** The lines of a listing that never continue the line above, however deeply indented. */
export const QUEUE_STANDALONE = /^\s*\(.+\)\s*$|^\s+<?[^\s<>()]{1,64}@[^\s<>()]{1,255}>?\s*$/;
/** A `postqueue -j` recipient, once on its own line: its address, and whether a delay reason follows. */
const JSON_RECIPIENT = /^\{"address": ?"([^"\\]{3,320})"(, ?"delay_reason": ?")?/;

/** Which listing the text is, if any. Plain searches first: a line-anchored pattern runs at every line of every text. */
export function queueListingKind(head: string): QueueListingKind | null {
  if ((head.includes('-Queue ID-') || head.includes('bytes in ') || head.includes('{"queue_name"')) && POSTFIX.test(head)) return 'postfix';
  if ((head.includes('-----Q-ID-----') || head.includes('/var/spool/mqueue')) && SENDMAIL.test(head)) return 'sendmail';
  return null;
}

/**
 * Exim's queue listing (`exim -bp`, `mailq` on Exim): age, size, message ID, sender, then the
 * recipients. It shows no delivery errors at all; those are in each message's log (`exim -Mvl`).
 */
const EXIM_LISTING = new RegExp(`^[ \\t]*\\d+[smhdw] +\\d+(?:\\.\\d+)?[KMG]? +${EXIM_MESSAGE_ID} <[^<>\\n]{0,320}>`, 'm');

export function isEximQueueListing(text: string): boolean {
  return EXIM_LISTING.test(text.length > 16384 ? text.slice(0, 16384) : text);
}

/**
 * The listing as it is read: `postqueue -j` puts all of a message's recipients on its one line, so
 * each recipient's object is moved to a line of its own, where its delay reason is its alone.
 */
export function recipientsApart(text: string): string {
  return text.includes('{"address"') ? text.replace(/(\[|\}, ?)\{"address"/g, '$1\n{"address"') : text;
}

export type QueueLine =
  | { kind: 'boundary' | 'reason' | 'other' }
  /** A recipient; `reason` when its own line gives its delay reason (postqueue -j). */
  | { kind: 'recipient'; address: string; reason: boolean };

/** Which kind of queue listing line this is, and the recipient a recipient line names. */
export function queueLine(line: string): QueueLine {
  if (BOUNDARY.test(line)) return { kind: 'boundary' };
  if (REASON.test(line)) return { kind: 'reason' };
  const json = line.startsWith('{"address"') ? JSON_RECIPIENT.exec(line) : null;
  const address = json ? addressesIn(json[1]!, 1)[0]?.address : RECIPIENT.test(line) ? addressesIn(line, 1)[0]?.address : undefined;
  return address ? { kind: 'recipient', address, reason: !!json?.[2] } : { kind: 'other' };
}

/** What the reader needs of extract(): a site's recipient, and each recipient's own lines. */
interface QueueSite extends CodeSite { recipient: string | null }
export interface QueueTarget {
  sites: QueueSite[];
  /** Adds the recipient if new; returns its own lines. */
  recipient(address: string): number[] | undefined;
}

/**
 * Who each reason line of a listing is for, read line by line along extract(). A Postfix reason is
 * for the recipients under it (each gets a copy of its code sites past the first). A Sendmail
 * reason after a recipient is that recipient's; one under the message's line is the message's last
 * error, given to its recipient only when it has one: with several, nothing says whose it was.
 */
export class QueueListingReader {
  private reason: { line: number; sites: QueueSite[]; takers: number } | null = null;
  private recipients: string[] = [];
  private lastRecipient: string | null = null;

  constructor(private readonly kind: QueueListingKind, private readonly target: QueueTarget, private readonly maxSites: number) {}

  /** A message's line, a header or a count: the message before it is complete. */
  boundary(): void {
    if (this.kind === 'sendmail' && this.reason && this.recipients.length === 1) this.give(this.recipients[0]!);
    this.reason = null;
    this.recipients = [];
    this.lastRecipient = null;
  }

  /** A recipient line. */
  recipientAt(address: string, line: number, ownReason: boolean): void {
    const own = this.target.recipient(address);
    this.recipients.push(address);
    this.lastRecipient = address;
    if (ownReason) own?.push(line);
    else if (this.kind === 'postfix' && this.reason) this.give(address);
  }

  /**
   * Whom a reason line's sites (found on it) are for now: Sendmail's reason after a recipient is
   * that recipient's; otherwise nobody's until the recipients it is for are known.
   */
  reasonAt(line: number, sites: QueueSite[]): string | null {
    if (this.kind === 'sendmail' && this.lastRecipient) {
      const own = this.target.recipient(this.lastRecipient);
      if (own && own[own.length - 1] !== line) own.push(line);
      return this.lastRecipient;
    }
    this.reason = { line, sites, takers: 0 };
    return null;
  }

  /** The text is read: its last message is complete. */
  end(): void {
    this.boundary();
  }

  private give(address: string): void {
    const r = this.reason!;
    const own = this.target.recipient(address);
    if (own && own[own.length - 1] !== r.line) own.push(r.line);
    for (const s of r.sites) {
      if (r.takers === 0) s.recipient = address;
      else if (this.target.sites.length < this.maxSites) this.target.sites.push({ ...s, recipient: address });
    }
    r.takers++;
  }
}
