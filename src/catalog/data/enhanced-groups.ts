/**
 * The class (first digit) and subject (second number) layers of enhanced status codes. When a
 * detail code is unknown, RFC 3463 expects a reader to fall back on these, so each meaning says
 * what the layer alone tells an on-call engineer and what to do about it.
 */
import type { z } from 'zod';
import type { EnhancedGroupData } from '../schema.js';

export const enhancedGroups: z.input<typeof EnhancedGroupData>[] = [
  // Classes
  {
    code: '2.X.X',
    title: 'Success',
    meaning:
      'The action worked: the message was accepted, relayed or delivered. A non-zero subject or detail only adds a remark, for example that the message was converted or its priority changed on the way. Nothing to fix.',
    rfcs: ['RFC 3463 §2', 'RFC 5248'],
  },
  {
    code: '4.X.X',
    title: 'Persistent Transient Failure',
    meaning:
      'The message itself is acceptable but something temporary got in the way, so it was delayed, not refused. The sending server keeps it queued and retries on its own until its queue lifetime runs out (commonly 2 to 5 days). Only step in if the same 4.x.x repeats for hours; if it turns up in a final bounce, the queue already gave up and the message must be sent again.',
    rfcs: ['RFC 3463 §2', 'RFC 5248'],
  },
  {
    code: '5.X.X',
    title: 'Permanent Failure',
    meaning:
      'Sending the same message again, unchanged, will fail the same way, so well-behaved servers bounce it at once instead of retrying. Something has to change first: the address, the message, the sending setup or the receiving side. The subject digit tells you which of these to look at.',
    rfcs: ['RFC 3463 §2', 'RFC 5248'],
  },
  // Subjects
  {
    code: 'X.0.X',
    title: 'Other or Undefined Status',
    meaning:
      'The server gives no subject: it only says whether this was success, a temporary or a permanent failure. The free text after the code, and the provider it came from, are the only clues, so read them before anything else.',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.1', 'RFC 5248'],
  },
  {
    code: 'X.1.X',
    title: 'Addressing Status',
    meaning:
      'Something is wrong with an address in the envelope: the recipient (mailbox or domain does not exist, bad syntax) or the sender (MAIL FROM syntax, or a sender domain that cannot take replies). Check the exact address first; these are usually fixed by whoever sent the mail, and a bad recipient address should be removed rather than retried.',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.2', 'RFC 5248'],
  },
  {
    code: 'X.2.X',
    title: 'Mailbox Status',
    meaning:
      'The address is right and the mailbox exists, but that particular mailbox cannot take the message now: full, disabled, too large for its own limit, or a list that failed to expand. These conditions belong to the recipient, so the usual move is to wait for retries or tell the recipient another way.',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.3', 'RFC 5248'],
  },
  {
    code: 'X.3.X',
    title: 'Mail System Status',
    meaning:
      'The receiving mail system as a whole has a problem, not one mailbox: out of storage, not accepting mail, misconfigured, unable to handle a requested feature, or the message exceeds its size limit. Apart from size limits, the receiving administrator has to act; from the sending side you wait, or shrink the message.',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.4', 'RFC 5248'],
  },
  {
    code: 'X.4.X',
    title: 'Network and Routing Status',
    meaning:
      'The message could not travel to the next hop: no answer, dropped connections, DNS lookups that failed or returned nothing usable, congestion, loops, or a queue that ran out of time. Most are temporary and retried automatically; if they persist, check DNS and connectivity from your own outbound hosts before blaming the other side.',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.5', 'RFC 5248'],
  },
  {
    code: 'X.5.X',
    title: 'Mail Delivery Protocol Status',
    meaning:
      'The SMTP conversation itself went wrong: an unknown or out-of-order command, bad syntax or arguments, too many recipients, or an AUTH exchange that was too long. These almost always point at the sending software or its configuration, so look at the client that spoke to the server, not at the message content.',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.6', 'RFC 5248'],
  },
  {
    code: 'X.6.X',
    title: 'Message Content or Media Status',
    meaning:
      'The content could not be handled as sent: a media type or encoding is not supported, a needed conversion was forbidden or failed, or internationalised (UTF-8) addresses or headers could not be passed on. Change how the message is built (encoding, 8-bit or UTF-8 use) or ask the receiving side what it supports.',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.7', 'RFC 5248'],
  },
  {
    code: 'X.7.X',
    title: 'Security or Policy Status',
    meaning:
      'A policy or security check refused or delayed the message: relaying or delivery not authorised, sender authentication (SPF, DKIM, DMARC) failed, reputation or blocklist hits, TLS or encryption requirements. Big providers put most of their own rejections here, so the detail number and the text matter more than anywhere else; the fix is usually on the sending side (authentication, reputation, TLS).',
    rfcs: ['RFC 3463 §2', 'RFC 3463 §3.8', 'RFC 5248'],
  },
];
