/**
 * Postfix's queue listing, as on-call engineers paste it when the queue grows. `mailq` (or
 * `postqueue -p`):
 *
 *   -Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
 *   4F2A31C0452     1834 Sun Nov 29 10:01:02  billing@ours.example
 *                   (connect to mx.example.net[192.0.2.77]:25: Connection timed out)
 *                                            omar@example.net
 *
 * Each message's line names its sender; the last deferral reason, in parentheses (a short one
 * indented), comes before the recipients it applies to, one indented address per line.
 * `postqueue -j` gives one JSON object per message, its recipients in an array, each with its own
 * "delay_reason". Everything listed is still queued: a message Postfix gave up on has left it.
 */
import { addressesIn } from './addresses.js';

/** The listing's column header, its closing count ("-- 5 Kbytes in 3 Requests."), or a `postqueue -j` line. */
const LISTING = /^-Queue ID-\s+--Size--|^-- \d+ [KMG]?bytes in \d+ Requests?\.$|^\{"queue_name": ?"/im;
/**
 * A line after which no earlier recipient is spoken of: a message's own line (queue ID in short hex
 * or long form, `*` active or `!` on hold, size, weekday), the header, the closing count, a JSON
 * message's envelope.
 */
const BOUNDARY = /^(?:[0-9A-Za-z]{6,20}[*!]?\s+\d+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s|-Queue ID-|-- \d+ [KMG]?bytes in |\{"queue_name": ?")/;
/** A deferral reason: the whole line in parentheses. */
const REASON = /^\s*\(.+\)\s*$/;
/** A recipient: an indented address alone on its line. */
const RECIPIENT = /^\s+<?[^\s<>()]{1,64}@[^\s<>()]{1,255}>?\s*$/;
/** The lines of a listing that never continue the line above, however deeply indented. */
export const QUEUE_STANDALONE = /^\s*\(.+\)\s*$|^\s+<?[^\s<>()]{1,64}@[^\s<>()]{1,255}>?\s*$/;
/** A `postqueue -j` recipient, once on its own line: its address, and whether a delay reason follows. */
const JSON_RECIPIENT = /^\{"address": ?"([^"\\]{3,320})"(, ?"delay_reason": ?")?/;

export function isQueueListing(head: string): boolean {
  return LISTING.test(head);
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
