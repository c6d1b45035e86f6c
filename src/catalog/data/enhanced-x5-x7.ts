/**
 * Enhanced status code details of subjects 5 (mail delivery protocol), 6 (message content or
 * media) and 7 (security or policy), as the IANA "SMTP Enhanced Status Codes" registry lists them.
 *
 * `typicalReplies` follows the registry's "associated basic status code" column; where the
 * registry gives none the list is left empty rather than filled from habit. Provider-specific
 * wording is only mentioned in `notes`: the provider catalog owns it.
 */
import type { EnhancedCodeInput } from '../schema.js';

// Shared retry wording: the same advice recurs across many policy codes, and keeping it in one
// place stops the entries drifting apart.
const AUTO_RETRY = {
  policy: 'automatic',
  advice:
    'A well-behaved MTA keeps the message queued and retries on its own, usually for up to 4–5 days. Act only if the same deferral repeats for hours.',
} as const;

const FIX_THEN_RESEND = {
  policy: 'after-fix',
  advice:
    'Resending unchanged fails the same way. Fix the cause named in the reply text, then send again.',
} as const;

const NOTHING_TO_RETRY = {
  policy: 'not-needed',
  advice: 'This is a success or informational status: the message was accepted, nothing to retry.',
} as const;

export const enhancedCodesX5toX7: EnhancedCodeInput[] = [
  // ───────────────────────────── X.5.x Mail delivery protocol status ─────────────────────────────
  {
    code: 'X.5.0',
    title: 'Other or undefined protocol status',
    meaning:
      'Something went wrong in the SMTP conversation itself, and the server did not pick a more precise protocol code. On its own it says only "a protocol-level problem"; the reply text carries the real reason.',
    whenSeen: [
      'Servers that use it as a catch-all for any protocol refusal, e.g. "554 5.5.0 No recipients have been specified" when DATA arrives after every RCPT was refused.',
      'Some mailbox providers send 550 5.5.0 for an unknown or invalid recipient, which strictly should be 5.1.1.',
      'As 2.5.0 it is a plain success after commands such as BDAT/BURL chunks or ETRN.',
    ],
    fix: [
      'Read the text after the code and the command it answered (MAIL, RCPT, DATA): that, not the code, tells you what failed.',
      'If the text says the recipient is invalid, treat it like 5.1.1: check the address for typos and stop mailing it if it is really gone.',
      'If no recipient was accepted, scroll up in the transcript: the real error is in the earlier RCPT replies.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.6'],
    seeAlso: ['5.5.1', '5.5.2', '5.1.1', '554', '550'],
    keywords: ['protocol error', 'no recipients', 'smtp protocol', 'undefined'],
    notes: [
      'The registry associates it with a long list of basic codes (2xx success replies, 451/452/454/458/459, 501–503, 554) because it is the fallback for the whole subject.',
    ],
    usedWith: ['2', '4', '5'],
    typicalReplies: ['220', '250', '251', '252', '253', '451', '452', '454', '458', '459', '501', '502', '503', '554'],
    retry: { '2': NOTHING_TO_RETRY, '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '2': {
        meaning: 'The command was accepted; 2.5.0 is a generic protocol-level success.',
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.5.1',
    title: 'Invalid command',
    meaning:
      'The client sent a command the server does not support, or sent it out of order (RCPT before MAIL, DATA before any accepted RCPT, AUTH during a transaction).',
    whenSeen: [
      'A follow-on error: MAIL FROM or every RCPT TO was refused, the client went ahead anyway, and the next command gets "503 5.5.1 Error: need MAIL command" or "554 5.5.1 Error: no valid recipients".',
      'A client or script that skips EHLO, sends commands the server never advertised, or pipelines when PIPELINING was not offered.',
      'A firewall or "SMTP fixup" inspection device that mangles commands in transit.',
    ],
    fix: [
      'Look at the reply to the previous command in the transcript: if MAIL or RCPT was refused, fix that error; the 5.5.1 is only the consequence.',
      'Check the client sends EHLO first and only uses extensions the server listed in its EHLO reply.',
      'If commands look altered on the wire (e.g. "XXXX" instead of STARTTLS), disable SMTP inspection on the firewall in between.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.6', 'RFC 5321'],
    seeAlso: ['503', '500', '502', '5.5.2', '5.5.4'],
    keywords: ['bad sequence of commands', 'need MAIL command', 'need RCPT command', 'command unrecognized', 'out of sequence'],
    notes: [
      'RFC 3463 describes it as useful only as a permanent error; a 4.5.1 is unusual and usually comes from a proxy or a server that is shutting down the session.',
    ],
    usedWith: ['5', '4'],
    typicalReplies: ['430', '500', '501', '503', '530', '550', '554', '555'],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.5.2',
    title: 'Syntax error',
    meaning:
      'The server could not parse the command: the syntax was wrong or the command is unknown. It is about the shape of what was sent, not about who sent it.',
    whenSeen: [
      'HELO/EHLO with a missing, bare or non-qualified host name, e.g. Postfix "504 5.5.2 <host>: Helo command rejected: need fully-qualified hostname".',
      'Malformed commands from hand-written clients or scripts (missing angle brackets, stray spaces, lines ending in bare LF instead of CRLF); recent Postfix versions reject bare LF with a 5.5.2 reply.',
      'An AUTH response that is not valid base64 ("501 5.5.2 Cannot decode response").',
      'RFC 7208 tells receivers to use 550 5.5.2 when the sender\'s SPF record cannot be interpreted (SPF "permerror"), so it can point at a broken SPF record rather than a bad command.',
    ],
    fix: [
      'Capture the exact command that was refused (MTA debug log, `swaks --to you@example.com --server mx.example.net` for a test) and compare it with RFC 5321 syntax.',
      'Make the sending host say EHLO with its fully-qualified name, one that resolves in DNS, ideally matching its reverse DNS.',
      'Make sure the client ends every line with CRLF; fix the library or script that emits bare LF.',
      'If the text mentions SPF, validate the sender domain\'s SPF record (`dig +short TXT example.com`, a single v=spf1 record, no syntax errors, at most 10 DNS-querying terms).',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.6', 'RFC 7208 §8.7'],
    seeAlso: ['500', '501', '504', '5.5.1', '5.5.4', '5.7.24'],
    keywords: ['syntax error', 'helo rejected', 'fully-qualified hostname', 'bare LF', 'spf permerror', 'command unrecognized'],
    notes: [
      'RFC 7372 later registered X.7.24 "SPF validation error" for the SPF permerror case; receivers may use either code.',
    ],
    usedWith: ['5', '4'],
    typicalReplies: ['500', '501', '502', '550', '555'],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.5.3',
    title: 'Too many recipients',
    meaning:
      'The transaction has more recipients than the server will take at once. The intended reaction is for the client to send the remaining recipients in another transaction, not to give up.',
    whenSeen: [
      'A message with hundreds or thousands of RCPT TO commands hits the receiver\'s per-message limit: Postfix says "452 4.5.3 Error: too many recipients" (its default limit is 1000).',
      'Mailbox providers that cap recipients per message or per connection and reply 452 4.5.3 past the cap.',
      'Submission and relay services that cap recipients per message for an account, answering 5.5.3 or a code of their own.',
    ],
    fix: [
      'For 4.5.3 during RCPT: do nothing if your MTA is standard; it delivers to the recipients already accepted and retries the rest in a new transaction.',
      'If your application talks SMTP itself, split the recipient list into batches (100 per message is always safe) and handle 452 on RCPT by sending the remainder later.',
      'For 5.5.3 from a submission or relay service, check its per-message recipient limit and send in smaller batches or via a mailing-list tool.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.6', 'RFC 5321'],
    seeAlso: ['452', '552', '4.5.3', '5.5.3', '4.7.28'],
    keywords: ['too many recipients', 'recipient limit', 'rcpt limit', 'smtpd_recipient_limit', 'batch'],
    notes: [
      'RFC 5321 requires servers to accept at least 100 recipients per message, and says a 552 reply to RCPT for this reason (an old habit) should be treated like 452, i.e. as temporary.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['451'],
    retry: {
      '4': {
        policy: 'automatic',
        advice:
          'The recipients already accepted are delivered; the MTA sends the refused ones in a later transaction on its own.',
      },
      '5': FIX_THEN_RESEND,
    },
    byClass: {
      '4': { whoActs: 'nobody' },
    },
  },
  {
    code: 'X.5.4',
    title: 'Invalid command arguments',
    meaning:
      'The command is valid but one of its arguments is not: out of range, malformed, or an extension parameter the server does not recognise (SIZE=, BODY=, SMTPUTF8, an AUTH mechanism name).',
    whenSeen: [
      'MAIL FROM or RCPT TO with an ESMTP parameter the server did not advertise, typically "555 5.5.4 Unsupported option: ...".',
      'AUTH with a mechanism the server does not offer ("504 5.5.4 Unrecognized authentication type").',
      'A SIZE= value or other parameter value that is malformed.',
    ],
    fix: [
      'Compare the parameters the client sends with the server\'s EHLO reply (`openssl s_client -starttls smtp -connect mx.example.net:25` then `EHLO you.example.com`); only send what is listed.',
      'For AUTH, pick a mechanism from the 250-AUTH line (usually PLAIN or LOGIN over TLS, or XOAUTH2).',
      'Update or reconfigure the client library if it sends extensions unconditionally.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.6', 'RFC 5321'],
    seeAlso: ['555', '501', '504', '5.5.2', '5.5.1'],
    keywords: ['unsupported option', 'unrecognized parameter', 'invalid argument', 'mail from parameters', 'unrecognized authentication type'],
    notes: ['RFC 3463 describes it as useful only as a permanent error.'],
    usedWith: ['5', '4'],
    typicalReplies: ['451', '501', '502', '503', '504', '550', '555'],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.5.5',
    title: 'Wrong protocol version',
    meaning:
      'The two sides disagree about the protocol version and could not settle it between themselves.',
    whenSeen: [
      'Rare in practice. Seen when something that is not SMTP (an HTTP client, a TLS handshake on a plain-text port) talks to an SMTP port, or with LMTP/SMTP mix-ups between MTA and delivery agent.',
    ],
    fix: [
      'Check the client is pointed at the right port and protocol: 25/587 expect plain SMTP then STARTTLS, 465 expects TLS from the first byte, LMTP sockets expect LHLO.',
      'Check the reply text for the version the server expected.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.6'],
    seeAlso: ['5.5.1', '5.5.2', '500'],
    keywords: ['protocol version', 'lmtp', 'wrong port'],
    notes: ['The registry lists no associated basic status code for it.'],
    usedWith: ['5', '4'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.5.6',
    title: 'Authentication Exchange line is too long',
    meaning:
      'During AUTH the client sent a base64 response longer than the server can buffer for the chosen SASL mechanism, so the AUTH command failed.',
    whenSeen: [
      'XOAUTH2/OAUTHBEARER with a very large access token sent as an initial response on the AUTH line.',
      'GSSAPI/Kerberos tickets that have grown large (many group memberships) against a server with a small AUTH line buffer.',
      'A buggy client that sends the credentials without line breaks or twice.',
    ],
    fix: [
      'Let the client send the SASL response on its own line after the 334 challenge instead of as an initial response on the AUTH line, if the library has that option.',
      'Use a different mechanism (PLAIN over TLS) or a smaller token.',
      'If you run the server, raise its AUTH line limit; RFC 4954 lets AUTH lines be much longer than ordinary command lines.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 4954'],
    seeAlso: ['500', '5.7.8', '535'],
    keywords: ['auth line too long', 'xoauth2', 'sasl', 'token too long', 'kerberos'],
    notes: [
      'Defined by RFC 4954 (SMTP AUTH), not RFC 3030; the registry associates it with basic code 500 and says it fits both permanent and persistent transient failures.',
    ],
    usedWith: ['5', '4'],
    typicalReplies: ['500'],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },

  // ─────────────────────────── X.6.x Message content or media status ────────────────────────────
  {
    code: 'X.6.0',
    title: 'Other or undefined media error',
    meaning:
      'Something about the message content made it undeliverable, and no more specific media code fits. Content filters often use it for their own verdicts.',
    whenSeen: [
      'Content filters rejecting at end of DATA, e.g. "554 5.6.0 This message has been scored as spam ...".',
      'Header problems: too many or too large header fields ("552 5.6.0 Headers too large"), duplicate headers that must be unique, malformed MIME structure.',
      'Attachments or MIME parts a gateway could not process.',
    ],
    fix: [
      'Read the reply text: it usually names the rule (spam score, header limit, attachment type).',
      'Send a plain-text test message to the same recipient; if that passes, the problem is in the original message\'s content or structure.',
      'Validate the raw message (one From, one Date, one Message-ID, correct MIME boundaries, lines ≤ 998 octets) and strip unusual attachments.',
      'If it is a spam verdict, treat it like a content-based 5.7.1: fix authentication and content, and contact the recipient\'s postmaster if it is a false positive.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.7'],
    seeAlso: ['5.6.1', '5.7.1', '554', '552'],
    keywords: ['content rejected', 'media error', 'headers too large', 'mime error', 'message content'],
    notes: [
      'No associated basic code is listed in the registry; in practice it arrives with 550, 552 or 554 after the end of DATA.',
    ],
    usedWith: ['5', '4'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.6.1',
    title: 'Media not supported',
    meaning:
      'The message uses a media type or encoding that the delivery protocol or the next system cannot carry, so it cannot be delivered as it is.',
    whenSeen: [
      'Gateways or filters that refuse certain attachment types or MIME structures ("500 5.6.1 Message content rejected").',
      'A message with 8-bit or binary content sent to a system that only accepts 7-bit data.',
    ],
    fix: [
      'Find which part is refused (attachment type, charset, encoding) from the reply text.',
      'Send attachments as base64-encoded MIME parts, text as quoted-printable, or share large or executable files via a link instead.',
      'If the recipient needs that type of content, ask their admin to allow it.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.7'],
    seeAlso: ['5.6.0', '5.6.3', '554'],
    keywords: ['media not supported', 'attachment blocked', 'content type', 'binary', '8bit'],
    notes: ['RFC 3463 describes it as useful only as a permanent error; the registry lists no associated basic code.'],
    usedWith: ['5'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.6.2',
    title: 'Conversion required and prohibited',
    meaning:
      'The content would have to be converted to be delivered, but conversion is not allowed, either because the sender asked for no conversion or because the sending host\'s policy forbids it.',
    whenSeen: [
      'Signed or encrypted messages (S/MIME, PGP) whose 8-bit parts would need re-encoding for a 7-bit hop, which would break the signature.',
      'Gateways to non-SMTP systems that cannot carry the content without changing it.',
    ],
    fix: [
      'Have the sending client encode the message for 7-bit transport before signing (quoted-printable or base64 for every part).',
      'If the conversion ban is a local policy on your relay, review it for this destination.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.7'],
    seeAlso: ['5.6.3', '5.6.5', '5.6.4'],
    keywords: ['conversion prohibited', 'signed message', '7bit', '8bitmime', 'downgrade'],
    notes: ['The registry lists no associated basic code.'],
    usedWith: ['5'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.6.3',
    title: 'Conversion required but not supported',
    meaning:
      'A host on the path would have to convert the content (typically 8-bit to 7-bit) to forward it, and it cannot or will not do that conversion.',
    whenSeen: [
      'An 8-bit message (raw UTF-8 or Latin-1 body) relayed to a next hop that does not advertise 8BITMIME, by a relay that does not downgrade.',
      'BINARYMIME content reaching a hop without BINARYMIME/CHUNKING support.',
    ],
    fix: [
      'Encode the body as quoted-printable or base64 in the application or client before sending, so no conversion is needed on the way.',
      'If you run the relay, enable its 8-bit to 7-bit conversion (in Postfix, leave `disable_mime_output_conversion = no`).',
      'Check which hop refused it (the Reporting-MTA / Remote-MTA lines in the bounce).',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.7'],
    seeAlso: ['5.6.2', '5.6.5', '554'],
    keywords: ['8bitmime', 'conversion not supported', 'downgrade', '7bit', 'binarymime'],
    notes: [],
    usedWith: ['5', '4'],
    typicalReplies: ['554'],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.6.4',
    title: 'Conversion with loss performed',
    meaning:
      'As 2.6.4 it is a warning: the message was delivered, but a conversion on the way lost some data. As 5.6.4 it is a failure because the sender had said lossy conversion was not acceptable.',
    whenSeen: [
      'A DSN or reply such as "250 2.6.4 MIME header conversion with loss performed" from a gateway that changed the content to deliver it.',
      'Gateways to fax, SMS or legacy mail systems that drop attachments or formatting.',
    ],
    fix: [
      'For 2.6.4 nothing is needed, but check with the recipient that what arrived is usable if the content matters.',
      'For 5.6.4, send the content in a form the destination carries without loss (plain text, standard encodings) or allow lossy conversion.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 3463 §3.7'],
    seeAlso: ['5.6.3', '5.6.5', '250'],
    keywords: ['conversion with loss', 'lossy', 'gateway conversion'],
    notes: [],
    usedWith: ['2', '5'],
    typicalReplies: ['250'],
    retry: { '2': NOTHING_TO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '5': {
        meaning:
          'The message needed a lossy conversion to be delivered and the sender had asked that it not be converted with loss, so it was refused.',
        whoActs: 'sender',
      },
    },
  },
  {
    code: 'X.6.5',
    title: 'Conversion failed',
    meaning: 'A conversion of the content was needed and was attempted, but it did not succeed.',
    whenSeen: [
      'Gateways or relays that tried to re-encode a malformed MIME message (bad boundaries, invalid base64) and failed.',
      'Charset conversion failures on gateways to legacy systems.',
    ],
    fix: [
      'Check the message is well-formed MIME (boundaries match, encodings valid); regenerate it with a standard library.',
      'Send the content so no conversion is needed (7-bit safe encodings).',
      'For 4.6.5 let the queue retry; if it persists, treat it as the permanent case.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.7'],
    seeAlso: ['5.6.3', '5.6.2', '5.6.0'],
    keywords: ['conversion failed', 'mime', 'charset'],
    notes: ['RFC 3463 allows it as a permanent or persistent transient status; the registry lists no associated basic code.'],
    usedWith: ['5', '4'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.6.6',
    title: 'Message content not available',
    meaning:
      'The message content had to be fetched from another system (a BURL/IMAP URL at submission) and could not be retrieved.',
    whenSeen: [
      'Submission with the BURL extension, where the submission server fails to fetch the referenced message from the IMAP server ("554 5.6.6 IMAP URL resolution failed").',
    ],
    fix: [
      'Check the IMAP URL and its URLAUTH authorization are valid and not expired.',
      'Check the submission server can reach and authenticate to the IMAP server.',
      'Fall back to ordinary DATA/BDAT submission of the content.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 4468'],
    seeAlso: ['5.7.14', '554'],
    keywords: ['burl', 'imap url', 'urlauth', 'content not available'],
    notes: ['Only met with BURL-capable submission clients; RFC 4468 allows it as a permanent or persistent transient status.'],
    usedWith: ['5', '4'],
    typicalReplies: ['554'],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.6.7',
    title: 'Non-ASCII addresses not permitted for that sender/recipient',
    meaning:
      'The server refused a MAIL FROM or RCPT TO because the address contains non-ASCII characters (an internationalised address) and it will not accept such an address there.',
    whenSeen: [
      'Sending to or from an address like "josé@example.com" or one with a non-ASCII domain to a server that does not support SMTPUTF8 for that address.',
      'RFC 6531 pairs it with 553 for a refused recipient and 550 for a refused sender.',
    ],
    fix: [
      'Check whether the receiving server advertises SMTPUTF8 in its EHLO reply; if not, it cannot take that address.',
      'Use an ASCII alias of the address where the owner has one; for non-ASCII domains in an ASCII local part, send the domain in its A-label (xn--) form.',
      'Ask the recipient for an ASCII address if their provider cannot receive internationalised mail.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 6531 §3.5', 'RFC 6531 §4.2'],
    seeAlso: ['553', '550', '5.6.9', '5.1.3'],
    keywords: ['smtputf8', 'eai', 'internationalized address', 'non-ascii', 'unicode address', 'idn'],
    notes: [
      'RFC 5336, the experimental predecessor, had given X.6.7 a different meaning ("ALT-ADDRESS is required but not specified"); RFC 6531 replaced it.',
    ],
    usedWith: ['5'],
    typicalReplies: ['550', '553'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.6.8',
    title: 'UTF-8 string reply is required, but not permitted by the SMTP client',
    meaning:
      'The answer to VRFY or EXPN would have to show a mailbox name in UTF-8, but the client did not say it accepts UTF-8 replies, so the server cannot give it.',
    whenSeen: [
      'VRFY or EXPN sent without the SMTPUTF8 parameter for a mailbox whose name is non-ASCII; RFC 6531 says the server then answers 252 or 550.',
    ],
    fix: [
      'If the client supports internationalised mail, add the SMTPUTF8 parameter to VRFY/EXPN (only after the server lists SMTPUTF8 in EHLO).',
      'Otherwise ignore it: VRFY/EXPN results are not needed to deliver mail.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 6531 §3.7.4.2', 'RFC 6531 §4.2'],
    seeAlso: ['252', '550', '553', 'X.6.10'],
    keywords: ['smtputf8', 'vrfy', 'expn', 'utf-8 reply'],
    notes: ['X.6.10 is a deprecated duplicate of this code.'],
    usedWith: ['2', '5'],
    typicalReplies: ['252', '550', '553'],
    retry: { '2': NOTHING_TO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '2': {
        meaning:
          'Sent with 252: the server would not show the UTF-8 mailbox name but will still accept mail for it.',
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.6.9',
    title: 'UTF-8 header message cannot be transferred to one or more recipients',
    meaning:
      'The message has internationalised (UTF-8) header fields, and at least one recipient\'s path cannot carry such a message, so it was rejected after the end of DATA.',
    whenSeen: [
      'A message sent with SMTPUTF8 (UTF-8 in From/To/Subject without encoding) that must be relayed to a next hop without SMTPUTF8 support.',
      'Often reported in a DSN by the sending side\'s own relay when the next hop lacks SMTPUTF8.',
    ],
    fix: [
      'Check the destination\'s EHLO for SMTPUTF8; if it is missing, it cannot take the message as sent.',
      'Send headers in ASCII form: encoded words (RFC 2047) for display names and subjects, ASCII addresses, A-label domains. Most libraries do this when SMTPUTF8 is turned off.',
      'Only use raw UTF-8 headers when the address itself is internationalised, and accept that such mail fails to servers without SMTPUTF8.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 6531 §3.5', 'RFC 6531 §4.2'],
    seeAlso: ['554', '550', '5.6.7', '5.6.3'],
    keywords: ['smtputf8', 'eai', 'utf-8 headers', 'downgrade failed', 'internationalized'],
    notes: [
      'The registry lists 550, while the body of RFC 6531 pairs the condition with 554 "Transaction failed"; both are seen.',
      'Under RFC 5336 (experimental, obsolete) the same number meant "UTF8SMTP downgrade failed".',
    ],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.6.10',
    title: 'Deprecated duplicate of X.6.8',
    meaning:
      'This code has no meaning of its own: the registry marks it as a duplicate of X.6.8 (UTF-8 reply required but not permitted by the client) and deprecated.',
    whenSeen: ['Practically never; an old implementation of the experimental UTF8SMTP specification might still send it.'],
    fix: ['Read it as X.6.8 and follow that entry.'],
    whoActs: 'sender',
    rfcs: ['RFC 6531 §4.2'],
    seeAlso: ['X.6.8', '5.6.8'],
    keywords: ['deprecated', 'smtputf8'],
    notes: ['Originally registered by RFC 5336; RFC 6531 marked it deprecated.'],
    usedWith: ['5'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND },
  },

  // ───────────────────────────── X.7.x Security or policy status ─────────────────────────────
  {
    code: 'X.7.0',
    title: 'Other or undefined security status',
    meaning:
      'A security or policy reason stopped the command, and the server either had no more precise code or chose not to reveal its policy. As 2.7.0 it is a security-related success, most often "235 2.7.0 Authentication successful".',
    whenSeen: [
      '4.7.0 is the everyday temporary policy deferral: big mailbox providers use it for rate limiting, low IP or domain reputation, and "try again later" refusals, usually with a 421 or 450/451 reply.',
      '"530 5.7.0 Must issue a STARTTLS command first" (Postfix, Gmail and others) when a client tries to send or authenticate in plain text on a server that requires TLS.',
      '"530 5.7.0 Authentication required" on a submission port (587/465) when the client did not log in, and "454 4.7.0 Temporary authentication failure" when the server\'s auth backend is down.',
      'Content and spam filters that do not use a finer code ("554 5.7.0 Reject ... SPAM").',
    ],
    fix: [
      'Read the reply text first: it separates TLS-required, authentication-required, rate limit, reputation and spam cases, which need different fixes.',
      'For "Must issue a STARTTLS command first": enable STARTTLS in the client (port 587 with STARTTLS, or 465 with implicit TLS) and check its TLS version and ciphers are accepted.',
      'For "Authentication required": configure SMTP AUTH with the account\'s credentials; for servers relaying from your apps, allow-list them or use the authenticated relay.',
      'For 4.7.0 deferrals from a provider: let the queue retry, lower your sending rate and connections to that domain, and check the provider\'s postmaster tools (Google Postmaster Tools, Microsoft SNDS) for reputation and authentication problems.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.8', 'RFC 4954 §6'],
    seeAlso: ['421', '530', '454', '235', '4.7.1', '5.7.1', '4.7.28', '5.7.26'],
    keywords: ['policy', 'rate limit', 'throttling', 'try again later', 'starttls required', 'authentication required', 'reputation', 'temporary failure'],
    notes: [
      'RFC 3463 explicitly allows this code when the exact condition is hidden because of security policy, so a vague 5.7.0 is often deliberate.',
      'Gmail and other large providers send 421 4.7.0 and 550 5.7.0 with their own explanatory text and help links; the provider catalog maps those texts.',
    ],
    usedWith: ['2', '4', '5'],
    typicalReplies: ['220', '235', '450', '454', '500', '501', '503', '504', '530', '535', '550'],
    retry: {
      '2': NOTHING_TO_RETRY,
      '4': {
        policy: 'automatic',
        advice:
          'Leave it queued: provider deferrals usually clear within minutes to hours once the sending rate drops. If it lasts more than a few hours, investigate reputation and authentication.',
      },
      '5': FIX_THEN_RESEND,
    },
    byClass: {
      '2': {
        meaning: 'A security step succeeded; usually "235 2.7.0" after a successful AUTH.',
        whoActs: 'nobody',
      },
      '4': {
        meaning:
          'A temporary security or policy refusal: rate limiting, reputation-based throttling, a temporary authentication failure or a greylisting-style deferral.',
        whenSeen: [
          '421 4.7.0 or 450/451 4.7.0 from Gmail, Yahoo, Microsoft and others when they throttle a sending IP or domain for volume or reputation.',
          '454 4.7.0 "Temporary authentication failure" when the server\'s authentication backend is unavailable.',
          'TLS handshakes that fail or are refused temporarily by the receiver\'s policy.',
        ],
        fix: [
          'Let the queue retry and do not resend by hand: if it is a rate or reputation throttle, extra attempts only prolong it; greylisting clears on the next retry.',
          'Reduce concurrency and message rate to that destination (per-destination limits in your MTA or ESP).',
          'Check SPF, DKIM and DMARC pass for your mail, your IPs are not listed on major blocklists, and complaint rates in the provider\'s postmaster tools are low.',
        ],
        whoActs: 'sender',
      },
    },
  },
  {
    code: 'X.7.1',
    title: 'Delivery not authorized, message refused',
    meaning:
      'The receiving side will not take this message from this sender for this recipient: a policy or filter said no. It is the catch-all policy rejection, used for relay denied, blocklisted IPs, spam verdicts, sender or recipient restrictions and more; only the text after the code says which.',
    whenSeen: [
      'Relay denied: "554 5.7.1 <user@example.org>: Relay access denied" when you send to a domain the server is not responsible for without authenticating first.',
      'Blocklists: "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org" or another DNSBL named in the text.',
      'Spam or content verdicts: "550 5.7.1 Message content rejected, UBE" or a provider\'s "likely unsolicited mail" message.',
      'Sender or recipient restrictions: the recipient only accepts mail from internal or approved senders, the sender is on the recipient\'s block list, or a distribution list is restricted.',
      'SPF "fail" results: RFC 7208 tells receivers to reject them with 550 5.7.1 (newer servers may use 5.7.23).',
    ],
    fix: [
      'Read the text after 5.7.1 and sort it: "Relay access denied" is about authentication or routing; a DNSBL name (spamhaus, spamcop, barracuda, sorbs…) is about your IP; "spam", "UBE", "content" or "unsolicited" is about the message; "not authorized", "restricted" or "not allowed to send" is about the recipient\'s rules.',
      'Relay denied: authenticate (SMTP AUTH on 587) before sending, or if you are the receiving admin, check the domain is in your accepted domains / relay_domains and the MX points at the right server.',
      'Blocklisted IP: look the IP up on the list the text names, fix the cause (compromised account, open relay, missing rDNS), then use the list\'s delisting form.',
      'Spam verdict: confirm SPF, DKIM and DMARC pass (check the Authentication-Results header of a test to Gmail), remove URL shorteners and suspicious links, and contact the recipient\'s postmaster if it is a false positive.',
      'Recipient restriction: the recipient or their admin must allow your address or domain; you cannot fix it from your side.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.8', 'RFC 7208 §8.4'],
    seeAlso: ['550', '554', '4.7.1', '5.7.0', '5.7.26', '5.7.23', '5.7.606', '5.1.1'],
    keywords: ['relay access denied', 'relaying denied', 'blocked', 'blocklist', 'blacklist', 'dnsbl', 'spamhaus', 'spam', 'unsolicited', 'policy rejection', 'not authorized', 'access denied', 'message refused', 'rbl'],
    notes: [
      'RFC 3463 calls it useful only as a permanent error, but 4.7.1 is common in practice for temporary policy deferrals: greylisting ("Greylisted, try again later"), temporary reputation blocks and Postfix\'s 450 4.7.1 policy rejections.',
      'Microsoft 365 sends 5.7.1 for several distinct conditions (including its own IP blocklist and restricted distribution groups) and uses its own 5.7.5xx–5.7.7xx detail numbers for others; the provider catalog covers those.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['451', '454', '502', '503', '533', '550', '551'],
    retry: {
      '4': {
        policy: 'automatic',
        advice:
          'Greylisting and temporary policy blocks clear on their own: the MTA retries after a few minutes. If it is still deferred after several hours, read the text as you would for 5.7.1.',
      },
      '5': FIX_THEN_RESEND,
    },
    byClass: {
      '4': {
        meaning:
          'A temporary policy refusal: greylisting, a temporary reputation or rate block, or a policy check that could not complete.',
        whenSeen: [
          'Greylisting: the first attempt from an unknown sender/IP is deferred with 450 or 451 4.7.1 and accepted on retry.',
          'Temporary reputation or volume blocks from mailbox providers.',
          'A policy service (milter, policy daemon) timing out on the receiving side.',
        ],
        fix: [
          'Let your MTA retry; greylisting passes on the next attempt from the same IP after a few minutes.',
          'If you send from a pool of IPs, keep retries for one message on the same IP, or greylisting never clears.',
          'If it persists for hours, follow the 5.7.1 steps for the reason named in the text.',
        ],
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.7.2',
    title: 'Mailing list expansion prohibited',
    meaning:
      'The sender is not allowed to post to the mailing list or distribution group it addressed.',
    whenSeen: [
      'Posting to a members-only or moderated list from an address that is not subscribed or not allowed.',
      'Sending to a company distribution group that only accepts mail from internal or listed senders.',
    ],
    fix: [
      'Send from the address that is subscribed to the list, or ask the list owner to add or allow your address.',
      'For corporate distribution groups, ask the group owner or admin to allow external senders or your address.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.8'],
    seeAlso: ['5.7.1', '5.2.4', '550'],
    keywords: ['mailing list', 'distribution list', 'members only', 'moderated', 'not allowed to post'],
    notes: ['RFC 3463 describes it as useful only as a permanent error.'],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.3',
    title: 'Security conversion required but not possible',
    meaning:
      'Delivery needed the message to be converted from one secure messaging format to another, and that conversion could not be done.',
    whenSeen: [
      'Gateways between secure messaging systems (for example S/MIME and another secure format) that cannot translate the protection.',
      'Microsoft Exchange and Microsoft 365 also send "535 5.7.3 Authentication unsuccessful" after a failed SMTP AUTH, a meaning of their own unrelated to the registry entry.',
    ],
    fix: [
      'For a genuine conversion failure: send the message in a format the destination\'s gateway supports, or unprotected if policy allows.',
      'For "535 5.7.3 Authentication unsuccessful": treat it as a login failure (see X.7.8): check username (often the full address), password or app password, and that SMTP AUTH is enabled for the mailbox.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.8'],
    seeAlso: ['5.7.8', '535', '5.7.5'],
    keywords: ['security conversion', 'authentication unsuccessful', 'exchange', 'secure messaging'],
    notes: [
      'The registry lists no associated basic code; it is described as useful only as a permanent error.',
      'Most 5.7.3 replies in the wild come from Microsoft servers after AUTH, not from security-format gateways.',
    ],
    usedWith: ['5'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.4',
    title: 'Security features not supported',
    meaning:
      'The message or session asked for a security feature (such as a form of secure authentication) that the delivery protocol or server does not support.',
    whenSeen: [
      'A client asking for an authentication mechanism or TLS feature the server does not offer ("504 5.7.4 Unrecognized authentication type" is a common wording).',
      'Security requirements carried with the message that the next hop cannot honour.',
    ],
    fix: [
      'Compare what the client requests with what the server advertises in EHLO (AUTH mechanisms, STARTTLS) and use an offered option.',
      'Update the client library if it insists on a mechanism the server does not have.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.8'],
    seeAlso: ['504', '5.5.4', '5.7.9', '5.7.30'],
    keywords: ['security features not supported', 'unrecognized authentication type', 'auth mechanism'],
    notes: ['RFC 3463 describes it as useful only as a permanent error.'],
    usedWith: ['5'],
    typicalReplies: ['504'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.5',
    title: 'Cryptographic failure',
    meaning:
      'A system that was authorised to validate or decrypt the message could not, because a needed key was missing or invalid.',
    whenSeen: [
      'Encryption gateways that cannot find the recipient\'s certificate or key, or hold an expired one.',
      'Some MTAs also use 4.7.5 or 5.7.5 for TLS handshake and certificate problems on outbound connections.',
    ],
    fix: [
      'Check the certificates or keys involved are present and valid (expiry, chain, matching key).',
      'For TLS-related wording, test the handshake: `openssl s_client -starttls smtp -connect mx.example.net:25 -servername mx.example.net`.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.8'],
    seeAlso: ['5.7.6', '5.7.7', '4.7.0'],
    keywords: ['cryptographic failure', 'certificate', 'key', 'decrypt', 'tls handshake'],
    notes: ['The registry lists no associated basic code.'],
    usedWith: ['5', '4'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  {
    code: 'X.7.6',
    title: 'Cryptographic algorithm not supported',
    meaning:
      'A system authorised to validate or decrypt the message could not, because it does not support the algorithm used.',
    whenSeen: [
      'Encrypted or signed mail using an algorithm the recipient\'s gateway does not support.',
      'Some servers use the code loosely for unrelated rejections; read the text.',
    ],
    fix: [
      'Use a widely supported algorithm for signing or encryption (e.g. RSA/SHA-256 or AES for S/MIME).',
      'Ask the recipient which algorithms their gateway accepts.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.8'],
    seeAlso: ['5.7.5', '5.7.7'],
    keywords: ['algorithm not supported', 'cipher', 's/mime', 'encryption'],
    notes: ['The registry lists no associated basic code.'],
    usedWith: ['5'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.7',
    title: 'Message integrity failure',
    meaning:
      'A system authorised to validate the message found it corrupted or altered, so the integrity check failed.',
    whenSeen: [
      'Signature checks that fail because content was changed in transit (footers, rewrapping by a relay or list).',
      'Filters that use it for generic policy violations ("554 5.7.7 Email policy violation detected").',
    ],
    fix: [
      'Find what changed the message between signing and checking (a disclaimer footer, a list manager, a content filter) and sign after that step or stop the modification.',
      'If the text describes a policy violation rather than integrity, follow the filter\'s explanation.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.8'],
    seeAlso: ['5.7.5', '5.7.20', '5.7.1'],
    keywords: ['integrity', 'altered', 'signature', 'policy violation'],
    notes: ['RFC 3463 allows it as permanent, persistent transient or even success status; the registry lists no associated basic code.'],
    usedWith: ['2', '4', '5'],
    typicalReplies: [],
    retry: { '2': NOTHING_TO_RETRY, '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.8',
    title: 'Authentication credentials invalid',
    meaning:
      'The SMTP AUTH attempt failed because the credentials are wrong or not sufficient: bad username, password, token, or an account not allowed to log in this way.',
    whenSeen: [
      '"535 5.7.8 Error: authentication failed" (Postfix/Dovecot) or "535-5.7.8 Username and Password not accepted" (Gmail) when an app, printer or script logs in to a submission server.',
      'After a password change or rotation that the sending app was not updated for.',
      'Providers that disabled basic (password) authentication and expect OAuth2 or an app password.',
    ],
    fix: [
      'Test the same credentials by hand: `swaks --server smtp.example.com:587 --tls --auth LOGIN --auth-user user@example.com --to test@example.org`.',
      'Check the username form the server expects (often the full email address) and re-enter the password; watch for trailing spaces and wrong encoding.',
      'For Gmail / Google Workspace and Microsoft 365, use an app password or OAuth2 where basic passwords are no longer accepted, and make sure SMTP AUTH is enabled for the mailbox.',
      'If many failures happened, check the account was not locked or rate-limited for brute-force protection.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 4954 §6'],
    seeAlso: ['535', '5.7.9', '5.7.3', '5.7.0', '5.7.13', '5.7.139'],
    keywords: ['authentication failed', 'invalid credentials', 'wrong password', 'username and password not accepted', 'smtp auth', 'login failed', '535'],
    notes: [
      'The registry associates it with 535 and 554. RFC 4954 says the client should ask the user for new credentials.',
      'RFC 4468 once used X.7.8 for "trust relationship required" in BURL; RFC 5248 moved that case to X.7.14.',
    ],
    usedWith: ['5'],
    typicalReplies: ['535', '554'],
    retry: {
      '5': {
        policy: 'after-fix',
        advice:
          'Retrying with the same credentials fails again and can lock the account; fix the credentials first.',
      },
    },
  },
  {
    code: 'X.7.9',
    title: 'Authentication mechanism is too weak',
    meaning:
      'The AUTH mechanism the client chose is weaker than the server allows for this user; the client should retry with a stronger mechanism.',
    whenSeen: [
      'Gmail\'s "534-5.7.9 Application-specific password required" when an account with 2-step verification logs in with its normal password.',
      'Servers that refuse PLAIN/LOGIN for certain accounts and require a challenge-response or token mechanism.',
    ],
    fix: [
      'Use the mechanism or credential type the server requires: an app password or OAuth2 (XOAUTH2) for Google and Microsoft, or a stronger SASL mechanism from the server\'s AUTH list.',
      'Update the client if it cannot do the required mechanism.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 4954 §6'],
    seeAlso: ['534', '5.7.8', '5.7.10', '5.7.11'],
    keywords: ['mechanism too weak', 'app password', 'application-specific password', 'oauth2', '534'],
    notes: [],
    usedWith: ['5'],
    typicalReplies: ['534'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.10',
    title: 'Encryption Needed',
    meaning:
      'The requested authentication mechanism can only be used under an external strong privacy layer such as TLS; the client should start TLS first or choose a stronger mechanism.',
    whenSeen: [
      'A client tries AUTH PLAIN or LOGIN on a plain-text connection to a server that only allows clear-text passwords inside TLS.',
    ],
    fix: [
      'Turn on STARTTLS (port 587) or implicit TLS (port 465) in the client before authenticating.',
      'Check nothing between client and server strips STARTTLS from the EHLO reply.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 5248'],
    seeAlso: ['523', '5.7.11', '5.7.0', '530'],
    keywords: ['encryption needed', 'starttls', 'tls required', 'plaintext auth'],
    notes: [
      'X.7.10 (RFC 5248) and X.7.11 (RFC 4954) describe nearly the same situation; X.7.11 is the one usually seen with basic code 538.',
    ],
    usedWith: ['5'],
    typicalReplies: ['523'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.11',
    title: 'Encryption required for requested authentication mechanism',
    meaning:
      'The AUTH mechanism chosen may only be used once the SMTP connection is encrypted.',
    whenSeen: [
      '"538 5.7.11 Encryption required for requested authentication mechanism" when a client sends AUTH before STARTTLS.',
    ],
    fix: [
      'Issue STARTTLS before AUTH, or connect on 465 with implicit TLS.',
      'Servers should not even advertise such mechanisms before TLS; if yours does, fix its configuration (Postfix: `smtpd_tls_auth_only = yes`).',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 4954 §6'],
    seeAlso: ['538', '5.7.10', '5.7.0', '530'],
    keywords: ['encryption required', 'starttls before auth', 'tls', '538'],
    notes: [
      'RFC 4954 keeps this code mostly for historical reasons: modern servers should not offer mechanisms that need encryption until encryption is in place.',
    ],
    usedWith: ['5'],
    typicalReplies: ['524', '538'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.12',
    title: 'A password transition is needed',
    meaning:
      'The user has to move to the selected authentication mechanism, typically by logging in once with PLAIN so the server can store the new form of the password.',
    whenSeen: ['"432 4.7.12 A password transition is needed" on servers migrating users to a new password scheme.'],
    fix: [
      'Authenticate once with AUTH PLAIN over TLS; afterwards the requested mechanism works.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 4954 §6'],
    seeAlso: ['432', '5.7.8', '5.7.9'],
    keywords: ['password transition', '432'],
    notes: [],
    usedWith: ['4'],
    typicalReplies: ['422', '432'],
    retry: {
      '4': {
        policy: 'after-fix',
        advice: 'The client must first log in once with PLAIN; plain retries of the same mechanism keep failing.',
      },
    },
  },
  {
    code: 'X.7.13',
    title: 'User Account Disabled',
    meaning:
      'Authentication succeeded but the account is disabled, so it cannot send. Unlike a wrong password, retyping will not help: an administrator has to re-enable the account.',
    whenSeen: [
      'After login to a submission server with an account suspended for non-payment, abuse, or suspected compromise.',
      'In bounces, some receivers use 5.7.13 to say the recipient\'s account is disabled or suspended.',
    ],
    fix: [
      'Contact the provider or your mail admin to find out why the account was disabled and get it re-enabled.',
      'If it was disabled for suspected compromise, reset the password and check for unauthorised forwarding rules or app passwords first.',
      'If it came back for a recipient, their mailbox is suspended: stop sending until they tell you it is active again.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 5248'],
    seeAlso: ['525', '5.7.8', '5.2.1'],
    keywords: ['account disabled', 'account suspended', 'user disabled', 'deactivated', '525'],
    notes: [],
    usedWith: ['5'],
    typicalReplies: ['525'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.14',
    title: 'Trust relationship required',
    meaning:
      'The submission server needs a configured trust relationship with a third-party server (typically the IMAP server holding BURL content) to fetch the message, and there is none.',
    whenSeen: ['BURL submission where the submission server is not trusted by the IMAP server that holds the content.'],
    fix: [
      'Configure the trust between submission and IMAP servers (URLAUTH access for the submit user), or submit the content directly with DATA.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 5248', 'RFC 4468'],
    seeAlso: ['5.6.6', '5.7.8', '535', '554'],
    keywords: ['burl', 'trust relationship', 'urlauth'],
    notes: ['It replaced the earlier use of X.7.8 for this BURL case.'],
    usedWith: ['5'],
    typicalReplies: ['535', '554'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.15',
    title: 'Priority Level is too low',
    meaning:
      'The message\'s MT-PRIORITY level is below what the receiving server accepts right now, for example while it only takes high-priority traffic.',
    whenSeen: ['Servers supporting the MT-PRIORITY extension in a degraded mode that only accepts higher-priority messages.'],
    fix: [
      'For 4.7.15 let the queue retry later; the condition is often temporary.',
      'If the mail is urgent and you are allowed to, resend with a higher MT-PRIORITY value.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 6710'],
    seeAlso: ['450', '550', '5.7.16'],
    keywords: ['mt-priority', 'priority too low'],
    notes: ['Only seen with the MT-PRIORITY extension, mostly in closed or emergency-service environments.'],
    usedWith: ['4', '5'],
    typicalReplies: ['450', '550'],
    retry: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: { '5': { whoActs: 'sender' } },
  },
  {
    code: 'X.7.16',
    title: 'Message is too big for the specified priority',
    meaning:
      'At the message\'s MT-PRIORITY level the server only accepts messages up to a certain size, and this one is larger.',
    whenSeen: ['MT-PRIORITY servers restricting message size per priority level, often temporarily.'],
    fix: [
      'For 4.7.16 let the queue retry.',
      'Make the message smaller (drop or link large attachments) or send it at a priority that allows its size.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 6710'],
    seeAlso: ['552', '5.7.15', '5.3.4'],
    keywords: ['mt-priority', 'message too big', 'priority size'],
    notes: [],
    usedWith: ['4', '5'],
    typicalReplies: ['552'],
    retry: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.17',
    title: 'Mailbox owner has changed',
    meaning:
      'The message asked (via RRVS or the Require-Recipient-Valid-Since header) to be delivered only if the mailbox had the same owner since a given date, and the receiver knows the mailbox changed hands since then.',
    whenSeen: [
      'Senders that use RRVS for account mail (password resets, statements) to a mailbox that was closed and re-assigned to someone else.',
    ],
    fix: [
      'Treat the address as no longer belonging to your user: stop sending to it and ask the user for a current address through another channel.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7293'],
    seeAlso: ['5.7.18', '5.7.19', '5.1.1', '5.1.6'],
    keywords: ['rrvs', 'require-recipient-valid-since', 'mailbox owner changed', 'recycled address'],
    notes: ['The registry lists it for permanent failures (5XX).'],
    usedWith: ['5'],
    typicalReplies: [],
    retry: {
      '5': {
        policy: 'never',
        advice: 'The address now belongs to someone else: remove it from your lists.',
      },
    },
  },
  {
    code: 'X.7.18',
    title: 'Domain owner has changed',
    meaning:
      'The message asked, via RRVS, for delivery only under continuous ownership since a date, and the receiver discloses that the recipient\'s domain changed owner since then.',
    whenSeen: ['RRVS-protected mail to an address at a domain that expired and was re-registered by someone else.'],
    fix: [
      'Stop sending to addresses at that domain for this user and obtain a new address from them through another channel.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7293'],
    seeAlso: ['5.7.17', '5.7.19', '5.1.2'],
    keywords: ['rrvs', 'domain owner changed', 'expired domain'],
    notes: ['The registry lists it for permanent failures (5XX).'],
    usedWith: ['5'],
    typicalReplies: [],
    retry: {
      '5': {
        policy: 'never',
        advice: 'The domain has a new owner: do not send this user\'s mail there again.',
      },
    },
  },
  {
    code: 'X.7.19',
    title: 'RRVS test cannot be completed',
    meaning:
      'The message asked for an RRVS ownership check, but the receiver did not record the timestamp needed to answer it, so it cannot confirm continuous ownership.',
    whenSeen: ['RRVS-protected mail to a receiver that supports RRVS but lacks history for that mailbox.'],
    fix: [
      'Decide whether the message may go without RRVS protection; if yes, resend it without the RRVS parameter or header.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7293'],
    seeAlso: ['5.7.17', '5.7.18'],
    keywords: ['rrvs', 'cannot be completed'],
    notes: ['The registry lists it for permanent failures (5XX).'],
    usedWith: ['5'],
    typicalReplies: [],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.20',
    title: 'No passing DKIM signature found',
    meaning:
      'The receiver requires a valid DKIM signature and the message carried none that verified: either unsigned or every signature failed.',
    whenSeen: [
      'Unsigned mail from a new sending platform or app that was never set up to sign.',
      'Signatures broken in transit by footers, rewrapping or header changes, or a DNS key record that is missing or truncated.',
    ],
    fix: [
      'Send a test to a mailbox you control (e.g. Gmail, "Show original") and read the dkim= result and reason.',
      'Enable DKIM signing on every platform that sends for your domain and publish its key: `dig +short TXT selector._domainkey.example.com`.',
      'If signatures break in transit, sign after any step that modifies the message (disclaimers, footers) or stop those modifications.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7372 §3.1', 'RFC 6376'],
    seeAlso: ['5.7.21', '5.7.22', '5.7.26', '5.7.1'],
    keywords: ['dkim', 'no dkim signature', 'dkim fail', 'unsigned', 'authentication'],
    notes: [
      'The registry entry points out that rejecting for this goes against the advice in RFC 6376 §6.1; it is purely the receiver\'s local policy.',
    ],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.21',
    title: 'No acceptable DKIM signature found',
    meaning:
      'The message has at least one DKIM signature that verifies, but none the receiver accepts, for example because of the signing domain, algorithm or key size.',
    whenSeen: [
      'Mail signed only by an ESP\'s own domain when the receiver wants a signature from the sender\'s domain.',
      'Signatures using rsa-sha1 or short RSA keys that the receiver\'s policy refuses.',
    ],
    fix: [
      'Sign with your own domain (custom DKIM on your ESP) using rsa-sha256 and at least a 1024-bit, preferably 2048-bit key.',
      'Ask the receiver which signatures they accept if the text does not say.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7372 §3.1'],
    seeAlso: ['5.7.20', '5.7.22', '5.7.26'],
    keywords: ['dkim', 'unacceptable signature', 'rsa-sha1', 'key size', 'signing domain'],
    notes: ['As with X.7.20, rejecting on this basis is local policy that RFC 6376 §6.1 advises against.'],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.22',
    title: 'No valid author-matched DKIM signature found',
    meaning:
      'DKIM signatures verified, but none was made by a domain matching the author address in the From header, which the receiver requires. It is a special case of X.7.21.',
    whenSeen: [
      'A third-party platform (newsletter tool, CRM, ticketing system) signs with its own domain while the From header shows yours.',
      'Receivers enforcing author-domain signing, the DKIM half of DMARC alignment.',
    ],
    fix: [
      'Set up custom DKIM on the platform so it signs with your From domain (publish the CNAME or TXT records it gives you).',
      'Check in a received copy that header.d= in the DKIM result equals (or is a subdomain of) the From domain.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7372 §3.1'],
    seeAlso: ['5.7.21', '5.7.20', '5.7.26'],
    keywords: ['dkim alignment', 'author domain', 'from domain', 'dmarc alignment', 'third-party sender'],
    notes: ['Rejecting on this basis is local policy that RFC 6376 §6.1 advises against; DMARC gives the domain owner a published way to ask for it instead.'],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.23',
    title: 'SPF validation failed',
    meaning:
      'The SPF check on the envelope sender (MAIL FROM, or HELO) returned "fail": the sending IP is not authorised by the domain\'s SPF record, and local policy rejects that.',
    whenSeen: [
      'Sending from a new server, cloud service or ESP that was never added to the domain\'s SPF record.',
      'Forwarded mail, where the forwarder\'s IP is not in the original sender\'s SPF record.',
      'Spoofed mail claiming your domain (the rejection is then working as intended).',
    ],
    fix: [
      'Read the SPF record: `dig +short TXT example.com | grep spf1`, and find the sending IP from the bounce or your MTA log.',
      'Add the missing source (ip4:/ip6: or the provider\'s include:) to the single v=spf1 record, staying within 10 DNS-querying terms.',
      'If the failure is due to forwarding, the forwarder should rewrite the envelope sender (SRS); you cannot fix it from the sending side.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7372 §3.2', 'RFC 7208 §8.4'],
    seeAlso: ['5.7.1', '5.7.24', '5.7.26', '550'],
    keywords: ['spf', 'spf fail', 'hard fail', 'not authorized to send', 'sender policy framework', 'forwarding'],
    notes: [
      'RFC 7208 itself tells receivers to reject an SPF fail with 550 5.7.1; RFC 7372 offers 5.7.23 as the more precise replacement. Expect both.',
    ],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.24',
    title: 'SPF validation error',
    meaning:
      'Evaluating SPF for the message ended in an error rather than a result: a temporary DNS problem (temperror) or a record that cannot be interpreted (permerror).',
    whenSeen: [
      '4.7.24 with 451: the SPF record lookup timed out or DNS returned SERVFAIL (temperror).',
      '5.7.24 with 550: the SPF record is broken, e.g. two v=spf1 records, a syntax error, or more than 10 DNS-querying terms (permerror).',
    ],
    fix: [
      'Check the record: `dig +short TXT example.com` must show exactly one v=spf1 string; fix syntax and count the include/a/mx/ptr/exists/redirect terms (max 10).',
      'Flatten or trim nested includes that push the lookup count past 10.',
      'For 4.7.24, check the domain\'s authoritative DNS servers answer reliably (`dig @ns1.example.com TXT example.com`).',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7372 §3.2', 'RFC 7208 §8.6', 'RFC 7208 §8.7'],
    seeAlso: ['4.4.3', '5.5.2', '5.7.23', '451', '550'],
    keywords: ['spf', 'permerror', 'temperror', 'too many dns lookups', 'spf syntax', 'multiple spf records'],
    notes: [
      'RFC 7208 uses 451 4.4.3 for temperror and 550 5.5.2 for permerror; RFC 7372 offers X.7.24 as the replacement for both.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['451', '550'],
    retry: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '4': {
        meaning: 'A temporary SPF error (temperror), usually a DNS timeout or SERVFAIL while fetching the record.',
        fix: [
          'Let the queue retry.',
          'If it persists, check the sender domain\'s DNS servers answer TXT queries quickly and consistently.',
        ],
      },
    },
  },
  {
    code: 'X.7.25',
    title: 'Reverse DNS validation failed',
    meaning:
      'The connecting IP failed the receiver\'s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same IP (forward-confirmed reverse DNS, "iprev").',
    whenSeen: [
      'Sending from a new VPS, cloud instance or office line whose IP has no PTR record or a generic one.',
      'Postfix\'s reject_unknown_client_hostname, which answers "450 4.7.25 Client host rejected: cannot find your hostname" (or 550 5.7.25 when configured as permanent).',
      'Gmail and other providers require senders to have valid forward and reverse DNS.',
    ],
    fix: [
      'Check both directions: `dig +short -x 192.0.2.1` must return a name, and `dig +short A that.name` must return 192.0.2.1 again.',
      'Set the PTR at whoever owns the IP (cloud console, hosting panel, or ISP support); you cannot set it in your own domain\'s zone.',
      'Use a specific name (mail.example.com), and have the server say that name in EHLO.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7372', 'RFC 8601'],
    seeAlso: ['4.7.1', '5.7.1', '550', '450', '5.7.26'],
    keywords: ['reverse dns', 'ptr', 'rdns', 'fcrdns', 'iprev', 'cannot find your hostname', 'client host rejected'],
    notes: [
      'The iprev check itself is defined with the Authentication-Results header (RFC 8601, earlier RFC 7601); RFC 7372 only registers the code.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['550'],
    retry: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '4': {
        meaning:
          'The reverse DNS check failed or could not complete, and the receiver is deferring rather than rejecting, often because a DNS lookup may have failed only temporarily.',
        fix: [
          'Let it retry once or twice; if it keeps failing, fix the PTR/A records as for 5.7.25.',
          'Check with `dig -x` from outside your network that the PTR answers quickly.',
        ],
      },
    },
  },
  {
    code: 'X.7.26',
    title: 'Multiple authentication checks failed',
    meaning:
      'The message failed more than one authentication check and local policy rejects it; which checks failed is not said by the code. In practice it means the SENDING domain\'s SPF, DKIM and/or DMARC set-up does not authenticate this mail.',
    whenSeen: [
      'Gmail\'s "550-5.7.26 This mail has been blocked because the sender is unauthenticated", and its DMARC-policy variant, when neither SPF nor DKIM passes for the sender domain.',
      'Bulk senders missing SPF, DKIM or DMARC alignment after the 2024 Gmail/Yahoo sender requirements.',
      'Spoofed mail using a domain whose DMARC policy is p=reject (working as intended).',
    ],
    fix: [
      'Send a test to a Gmail address, open "Show original" and read the SPF, DKIM and DMARC results; the failing one is your target.',
      'SPF: make sure the sending IP is in the envelope domain\'s record (`dig +short TXT example.com`).',
      'DKIM: enable signing with your own From domain on every sending platform and publish the key (`dig +short TXT selector._domainkey.example.com`).',
      'DMARC: publish `_dmarc.example.com` (`dig +short TXT _dmarc.example.com`) and make sure SPF or DKIM passes with a domain aligned with the From header.',
      'If the mail is forwarded or sent through a list, the intermediary needs SRS/ARC; fixing your own records will not help.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7372'],
    seeAlso: ['5.7.1', '5.7.23', '5.7.20', '5.7.22', '5.7.25', '550', '4.7.26'],
    keywords: ['unauthenticated', 'spf', 'dkim', 'dmarc', 'authentication failed', 'sender is unauthenticated', 'gmail 5.7.26', 'dmarc policy', 'alignment'],
    notes: [
      'The registry associates it with basic code 500, an oddity inherited from RFC 7372; real rejections arrive as 550.',
      'Gmail uses 5.7.26 for unauthenticated senders and DMARC-policy rejections; see the provider catalog for its exact wordings and 4.7.26 deferrals.',
    ],
    usedWith: ['5', '4'],
    typicalReplies: ['500'],
    retry: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
    byClass: {
      '4': {
        meaning:
          'The authentication checks failed and the receiver is deferring instead of rejecting, often as a warning before enforcement or because a DNS lookup failed.',
        fix: [
          'Let the queue retry, but fix SPF, DKIM and DMARC now: the same failures usually turn into 5.7.26 rejections.',
          'Check the results in a test message\'s Authentication-Results header.',
        ],
      },
    },
  },
  {
    code: 'X.7.27',
    title: 'Sender address has null MX',
    meaning:
      'The envelope sender\'s domain publishes a "null MX" (MX 0 "."), declaring it accepts no mail. The receiver refuses mail from it because it could never return a bounce there.',
    whenSeen: [
      'Applications sending with a MAIL FROM at a domain set up as "no mail" (parked or send-only domains with `MX 0 .`).',
      'Envelope senders at an unrelated or default domain (e.g. a host name or placeholder domain) that has a null MX.',
    ],
    fix: [
      'Check the domain: `dig +short MX example.com`; "0 ." means null MX.',
      'Change the envelope sender (Return-Path) to a domain that can receive bounces, or remove the null MX and publish real MX records if the domain should receive mail.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7505'],
    seeAlso: ['5.1.10', '556', '550', '5.1.8'],
    keywords: ['null mx', 'mx 0 .', 'return-path', 'envelope sender', 'bounce address', 'no mail domain'],
    notes: [
      'X.1.10 is its counterpart for a recipient domain with a null MX.',
    ],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.28',
    title: 'Mail flood detected',
    meaning:
      'The receiver believes the message is part of a flood of similar unwanted messages (a "mail bomb", often from abused sign-up forms) and refuses or defers it.',
    whenSeen: [
      'Sign-up, newsletter or contact forms abused by bots to send confirmation mail to a victim\'s address in bulk.',
      'Sudden volume spikes from a sender to one provider; Gmail uses 421 4.7.28 / 550 5.7.28 for unusual rates of unsolicited mail from an IP or domain.',
    ],
    fix: [
      'Check your outbound logs for a spike of similar messages to the same recipients or domain.',
      'Protect forms: CAPTCHA, rate limits per IP and per address, and double opt-in that sends at most one confirmation per address.',
      'Slow down to that provider and let deferred mail retry; check complaint rates and reputation in its postmaster tools.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 5248'],
    seeAlso: ['421', '4.7.0', '5.7.1', '4.5.3'],
    keywords: ['mail flood', 'mail bomb', 'subscription bombing', 'rate limit', 'unusual rate', 'form abuse'],
    notes: [
      'No RFC defines this code: it was registered through an Internet-Draft on identifying subscription-form mail (draft-levine-mailbomb-header), under the registry rules of RFC 5248. The description here comes from that registration.',
      'Gmail uses 4.7.28 and 5.7.28 for rate and spam-volume limits on a sending IP or domain; see the provider catalog.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '4': {
        meaning:
          'The receiver is temporarily refusing because of a flood or unusual volume; mail is accepted again once the rate drops.',
        fix: [
          'Let the queue retry and reduce the sending rate to that provider.',
          'Find and stop the source of the spike (abused form, runaway job) before it becomes a permanent block.',
        ],
      },
    },
  },
  {
    code: 'X.7.29',
    title: 'ARC validation failure',
    meaning:
      'The message carried an Authenticated Received Chain (ARC) that did not validate, and the receiver rejects it for that.',
    whenSeen: [
      'Mail through a forwarder or mailing list that adds ARC headers incorrectly, or that was modified after sealing.',
    ],
    fix: [
      'If you run the intermediary: check its ARC signing keys are published and that it seals after its last modification.',
      'Otherwise report it to the intermediary; the original sender cannot repair someone else\'s ARC chain.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 8617'],
    seeAlso: ['5.7.26', '5.7.20', '550'],
    keywords: ['arc', 'authenticated received chain', 'forwarding', 'mailing list'],
    notes: [
      'RFC 8617 (Experimental) says a chain that fails should be treated as if there were no chain, so outright rejection for it is rare.',
    ],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
  {
    code: 'X.7.30',
    title: 'REQUIRETLS support required',
    meaning:
      'The message was sent with the REQUIRETLS option (it must travel only over verified TLS), and the next hop could not provide that, so it was not forwarded.',
    whenSeen: [
      'Mail submitted with REQUIRETLS to a destination whose MX does not offer REQUIRETLS, or where TLS or certificate validation failed.',
    ],
    fix: [
      'Check the destination MX supports STARTTLS with a valid certificate (and MTA-STS or DANE where required) and advertises REQUIRETLS.',
      'If the recipient cannot support it and the content may travel without that guarantee, resend without the REQUIRETLS option on MAIL FROM.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 8689'],
    seeAlso: ['5.7.10', '5.7.4', '4.7.0', '550'],
    keywords: ['requiretls', 'tls required', 'mta-sts', 'dane', 'encryption'],
    notes: ['REQUIRETLS support is rare among public mailbox providers.'],
    usedWith: ['5'],
    typicalReplies: ['550'],
    retry: { '5': FIX_THEN_RESEND },
  },
];
