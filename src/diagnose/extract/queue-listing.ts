/**
 * Postfix's queue listing (`mailq`, `postqueue -p`), as on-call engineers paste it when the queue
 * grows:
 *
 *   -Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
 *   4F2A31C0452     1834 Sun Nov 29 10:01:02  billing@ours.example
 *   (connect to mx.example.net[192.0.2.77]:25: Connection timed out)
 *                                            omar@example.net
 *
 * Each message's line names its sender; the last deferral reason, in parentheses, comes before
 * the recipients it applies to, one indented address per line. Everything listed is still queued:
 * a message Postfix gave up on has left the queue.
 */
import { addressesIn } from './addresses.js';

/** The listing's column header, or its closing count ("-- 5 Kbytes in 3 Requests."). */
const LISTING = /^-Queue ID-\s+--Size--|^-- \d+ [KMG]?bytes in \d+ Requests?\.$/im;
/**
 * A line after which no earlier recipient is spoken of: a message's own line (queue ID in short hex
 * or long form, `*` active or `!` on hold, size, weekday), the header, the closing count.
 */
const BOUNDARY = /^(?:[0-9A-Za-z]{6,20}[*!]?\s+\d+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s|-Queue ID-|-- \d+ [KMG]?bytes in )/;
/** A deferral reason: the whole line in parentheses. */
const REASON = /^\s*\(.+\)\s*$/;
/** A recipient: an indented address alone on its line (never a continuation of the line above). */
export const QUEUE_RECIPIENT = /^\s+<?[^\s<>()]{1,64}@[^\s<>()]{1,255}>?\s*$/;

export function isQueueListing(head: string): boolean {
  return LISTING.test(head);
}

/** Which kind of queue listing line this is, and the recipient a recipient line names. */
export function queueLine(line: string): { kind: 'boundary' | 'reason' | 'other' } | { kind: 'recipient'; address: string } {
  if (BOUNDARY.test(line)) return { kind: 'boundary' };
  if (REASON.test(line)) return { kind: 'reason' };
  const address = QUEUE_RECIPIENT.test(line) ? addressesIn(line, 1)[0]?.address : undefined;
  return address ? { kind: 'recipient', address } : { kind: 'other' };
}
