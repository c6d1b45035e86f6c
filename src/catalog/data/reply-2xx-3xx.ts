/**
 * Positive completion (2yz) and positive intermediate (3yz) replies. Nobody has to fix anything
 * for these, but on-call engineers still look them up: a 250 after the final dot decides who owns
 * the message, and 251/252/253 mean something else entirely after ETRN.
 */
import type { ReplyCodeInput } from '../schema.js';

export const replyCodes2xx3xx: ReplyCodeInput[] = [
  {
    code: '211',
    title: 'System status, or system help reply',
    meaning:
      'An informational answer about the server itself, such as its status or a short help reply. Nothing about mail delivery is implied.',
    whenSeen: [
      'In answer to HELP on some servers (most send 214 instead).',
      'In answer to non-standard status or debugging commands that a few MTAs implement.',
    ],
    phases: ['NOOP/RSET/HELP'],
    fix: ['Nothing to fix. If you expected a mail reply here, check that your client is not sending HELP or a status command by mistake.'],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Informational reply; there is nothing to retry.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.3.2'],
    seeAlso: ['214'],
    keywords: ['status', 'help', 'system status'],
    notes: [],
    commonEnhanced: [],
  },
  {
    code: '214',
    title: 'Help message',
    meaning:
      'Human-readable help text from the server, usually a list of supported commands or a pointer to documentation. It is meant for a person, not for software.',
    whenSeen: [
      'In answer to HELP, often as a multi-line reply.',
      'When you test a server by hand with telnet, nc or openssl s_client and type HELP.',
    ],
    phases: ['NOOP/RSET/HELP'],
    fix: ['Nothing to fix. Read EHLO output instead of HELP to learn which extensions the server really supports.'],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Informational reply; there is nothing to retry.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.3.2'],
    seeAlso: ['211', '502'],
    keywords: ['help', 'HELP command', 'commands supported'],
    notes: [
      'Many servers disable HELP or answer it with 502; that tells you nothing about whether they accept mail.',
    ],
    commonEnhanced: [],
  },
  {
    code: '220',
    title: 'Service ready (greeting)',
    meaning:
      'The server is ready to talk SMTP. The first word after 220 is meant to be the server host name; software names and banners often follow.',
    whenSeen: [
      'As the greeting right after the TCP connection opens, before EHLO.',
      'In answer to STARTTLS, meaning the server is ready to start the TLS handshake (see variants).',
    ],
    phases: ['connect', 'STARTTLS'],
    fix: [
      'Nothing to fix. If the greeting is slow (several seconds), the server may be doing reverse DNS or blocklist checks, or deliberately delaying to catch clients that talk before the greeting.',
      'Check the host name in the banner: it should be the server FQDN and ideally match the PTR record of its IP, which helps when debugging which MX you reached.',
    ],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Positive reply; continue with EHLO (or with the TLS handshake after STARTTLS).' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §3.1', 'RFC 3207 §4'],
    seeAlso: ['421', '554', '521'],
    keywords: ['banner', 'greeting', 'ESMTP', 'ready to start TLS', 'connect'],
    notes: [
      'A server can refuse you at the greeting instead of sending 220: 421 means "not now", 554 means "no SMTP service for you here", and 521 means the host never accepts mail.',
      'RFC 5321 says clients should wait for the greeting before sending anything; servers that enforce this (a pregreet test) reject clients that speak early.',
    ],
    variants: [
      {
        context: 'Reply to STARTTLS',
        title: 'Ready to start TLS',
        meaning:
          'The server accepts STARTTLS and the TLS handshake starts immediately. After it completes, the client must send EHLO again because the earlier session state is discarded.',
        rfcs: ['RFC 3207 §4'],
      },
    ],
    commonEnhanced: ['2.0.0'],
  },
  {
    code: '221',
    title: 'Service closing transmission channel',
    meaning:
      'The server is ending the session in an orderly way, normally because the client sent QUIT. Anything already acknowledged with 250 stays delivered.',
    whenSeen: [
      'In answer to QUIT at the end of a normal session.',
      'After QUIT at the end of a failed transaction as well: 221 only says the session closed, not that any mail was accepted.',
    ],
    phases: ['QUIT'],
    fix: ['Nothing to fix. If you see 221 where you expected a delivery reply, check your client log for the last 2yz/4yz/5yz before the QUIT.'],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Session ended normally; nothing to retry.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.1.1.10', 'RFC 5321 §3.8'],
    seeAlso: ['421'],
    keywords: ['bye', 'quit', 'closing connection', 'goodbye'],
    notes: [
      'Compare 421: 221 is a closing the client asked for, 421 is the server hanging up on its own and means "try again later".',
    ],
    commonEnhanced: ['2.0.0'],
  },
  {
    code: '235',
    title: 'Authentication succeeded',
    meaning:
      'The AUTH exchange finished and the server accepted the credentials. The session is now authenticated, and no further AUTH is allowed in it.',
    whenSeen: [
      'At the end of an AUTH PLAIN, LOGIN, XOAUTH2 or other SASL exchange on a submission port (587 or 465).',
      'On relays that require smart-host authentication from your MTA.',
    ],
    phases: ['AUTH'],
    fix: ['Nothing to fix. If mail is still refused after 235, the problem is authorization (which sender addresses this account may use, sending limits), not the password.'],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Positive reply; continue with MAIL FROM.' },
    rfcs: ['RFC 4954 §4', 'RFC 4954 §6'],
    seeAlso: ['334', '535', '530', '2.7.0'],
    keywords: ['authentication successful', 'login ok', 'SMTP AUTH', 'authenticated'],
    notes: [
      'A second AUTH after 235 is refused with 503, so a client that re-authenticates on a reused connection will fail.',
    ],
    commonEnhanced: ['2.7.0'],
  },
  {
    code: '250',
    title: 'Requested mail action okay, completed',
    meaning:
      'The command worked. Its weight depends on the command: after EHLO it lists extensions, after MAIL and RCPT it accepts the envelope, and after the final dot of DATA (or BDAT LAST) the server takes responsibility for the message.',
    whenSeen: [
      'After the end of message data: the receiving server has accepted the message and now owns delivery, retries and any later bounce.',
      'After MAIL FROM and RCPT TO, when the sender and each recipient are accepted.',
      'After EHLO, as a multi-line list of supported extensions (SIZE, STARTTLS, AUTH, PIPELINING, CHUNKING, SMTPUTF8, DSN…).',
      'After RSET, NOOP, VRFY, and after each BDAT chunk.',
      'After ETRN, meaning the server has started its queue run (see variants).',
    ],
    phases: ['HELO/EHLO', 'MAIL FROM', 'RCPT TO', 'end of data', 'BDAT', 'VRFY/EXPN', 'NOOP/RSET/HELP', 'ETRN'],
    fix: [
      'Nothing to fix. If the recipient says the mail never arrived after a 250 to end of data, take the queue ID from the 250 text and ask the receiving side to trace it (spam folder, quarantine, transport rules, later bounce).',
      'Check whether a later bounce (DSN) came back to the envelope sender: the receiver may accept first and reject later.',
    ],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Accepted. Do not resend: retrying after a 250 to end of data creates duplicates.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.2.5', 'RFC 5321 §4.1.1.4', 'RFC 5321 §4.5.3.2.6', 'RFC 1985', 'RFC 3030'],
    seeAlso: ['251', '354', '2.0.0', '2.1.5'],
    keywords: ['ok', 'accepted', 'queued as', 'delivered', 'message accepted', 'success'],
    notes: [
      'RFC 5321 allows no partial success at end of data: if some recipients later fail, the server still answers 250 and reports the failures in a bounce.',
      'If the client times out waiting for the 250 after the final dot, it may resend a message the server already accepted; RFC 5321 asks clients to wait at least 10 minutes for this reply for that reason.',
      'With PIPELINING, several 250s arrive together; match them to commands in order.',
    ],
    variants: [
      {
        context: 'Reply to ETRN (RFC 1985)',
        title: 'Queuing for node started',
        meaning:
          'The server accepted the ETRN request and has started delivering the mail it holds for the named host or domain.',
        rfcs: ['RFC 1985'],
      },
      {
        context: 'Reply to ATRN (RFC 2645, on-demand mail relay)',
        title: 'OK, now reversing the connection',
        meaning:
          'The provider accepted ATRN; the roles swap on the same connection and the customer now acts as the SMTP server receiving the queued mail.',
        rfcs: ['RFC 2645'],
      },
    ],
    commonEnhanced: ['2.0.0', '2.1.0', '2.1.5', '2.6.0'],
  },
  {
    code: '251',
    title: 'User not local; will forward',
    meaning:
      'The server accepts the recipient but will forward the mail to another address, which it names in the reply text. Delivery proceeds; the text is a hint to update the address.',
    whenSeen: [
      'In answer to RCPT TO on servers that announce forwarding instead of forwarding silently (rare today; most forward silently with 250).',
      'In answer to VRFY for an address that would be forwarded.',
      'In answer to ETRN, meaning no messages are waiting (see variants).',
    ],
    phases: ['RCPT TO', 'VRFY/EXPN', 'ETRN'],
    fix: [
      'Nothing to fix for this message. If the reply names a new address, consider updating your records, but confirm it with the recipient first: the server may not intend you to rely on it.',
    ],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Accepted; the server forwards the mail itself.' },
    rfcs: ['RFC 5321 §3.4', 'RFC 5321 §4.2.2', 'RFC 1985'],
    seeAlso: ['250', '551', '252'],
    keywords: ['forward', 'user not local', 'will forward', 'address changed'],
    notes: [
      'Sites often disable 251/551 because the forwarding address can leak private information; RFC 5321 asks implementations to make them configurable.',
    ],
    variants: [
      {
        context: 'Reply to ETRN (RFC 1985)',
        title: 'OK, no messages waiting for node',
        meaning:
          'The ETRN request was accepted, but the server holds no queued mail for the named host or domain, so there is nothing to send.',
        rfcs: ['RFC 1985'],
      },
    ],
    commonEnhanced: [],
  },
  {
    code: '252',
    title: 'Cannot verify user, but will accept message and attempt delivery',
    meaning:
      'The server will not (or cannot) confirm that the address exists, but it will take mail for it. It says nothing about whether the mailbox is real.',
    whenSeen: [
      'In answer to VRFY on servers that disable address verification to stop address harvesting; this is the normal modern answer.',
      'In answer to VRFY on a backup MX or gateway that relays for a domain it cannot check in real time.',
      'In answer to ETRN, meaning queued mail is being sent (see variants).',
    ],
    phases: ['VRFY/EXPN', 'ETRN'],
    fix: [
      'Nothing to fix. Do not treat 252 as proof that an address exists; validate addresses by sending confirmation mail instead.',
    ],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Informational; nothing to retry.' },
    rfcs: ['RFC 5321 §3.5.3', 'RFC 5321 §4.2.2', 'RFC 1985'],
    seeAlso: ['250', '502', '550', '251'],
    keywords: ['VRFY', 'cannot verify', 'address verification', 'email verification'],
    notes: [
      'Address-verification tools that rely on VRFY get 252 from almost every large provider, so the result is meaningless for list hygiene.',
    ],
    variants: [
      {
        context: 'Reply to ETRN (RFC 1985)',
        title: 'OK, pending messages for node started',
        meaning:
          'The ETRN request was accepted and the server has started delivering the mail it holds for the named host or domain.',
        rfcs: ['RFC 1985'],
      },
    ],
    commonEnhanced: ['2.5.0', '2.1.5'],
  },
  {
    code: '253',
    title: 'OK, pending messages for node started (ETRN)',
    meaning:
      'Reply to ETRN only: the server accepted the request, has that many messages queued for the named host or domain, and has started sending them. The reply text carries the message count.',
    whenSeen: [
      'In answer to ETRN from a site that collects its mail from a provider or backup MX after coming online.',
    ],
    phases: ['ETRN'],
    fix: ['Nothing to fix. Watch the inbound log on your side for the connections the provider now opens to deliver the queued mail.'],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Accepted; the remote queue run is under way.' },
    rfcs: ['RFC 1985'],
    seeAlso: ['250', '251', '252', '458', '459'],
    keywords: ['ETRN', 'queue run', 'pending messages', 'flush queue', 'backup MX'],
    notes: [
      'RFC 5321 defines no 253; it exists only in the ETRN extension. ATRN (RFC 2645) does not use it.',
    ],
    commonEnhanced: [],
  },
  {
    code: '334',
    title: 'AUTH challenge (server continuation)',
    meaning:
      'Intermediate reply during AUTH: the server sends a base64-encoded challenge (or nothing) and waits for the client next line. It is neither success nor failure.',
    whenSeen: [
      'During AUTH LOGIN, where the two challenges decode to prompts for user name and password.',
      'During AUTH PLAIN without an initial response (an empty 334 asks for the credentials).',
      'During challenge-response or token mechanisms such as CRAM-MD5 or XOAUTH2; with XOAUTH2 a 334 carrying a base64 JSON error means the token was rejected.',
    ],
    phases: ['AUTH'],
    fix: [
      'Nothing to fix by itself. If the session stalls after 334, the client is not answering the challenge: check that it sends base64 on one line.',
      'To abort an exchange, the client sends a single "*"; the server then answers 501.',
    ],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Intermediate reply; the client must send the next AUTH line.' },
    rfcs: ['RFC 4954 §4'],
    seeAlso: ['235', '535', '501'],
    keywords: ['AUTH LOGIN', 'base64', 'challenge', 'VXNlcm5hbWU6', 'XOAUTH2'],
    notes: [
      'When debugging, decode the 334 text with base64 -d; treat logs that contain the client answers as secrets, because AUTH PLAIN and LOGIN answers are just base64 of the password.',
    ],
    commonEnhanced: [],
  },
  {
    code: '354',
    title: 'Start mail input; end with <CRLF>.<CRLF>',
    meaning:
      'The server accepted DATA and now expects the message headers and body, ending with a line holding a single dot. Only after that final dot does it say whether it takes the message.',
    whenSeen: [
      'In answer to DATA, after at least one recipient was accepted.',
    ],
    phases: ['DATA'],
    fix: [
      'Nothing to fix. If the server never answers after your final dot, check that the client sends CRLF line endings and the exact CRLF.CRLF terminator; bare LF endings are not accepted as end of data.',
    ],
    whoActs: 'nobody',
    retry: { policy: 'not-needed', advice: 'Intermediate reply; send the message, then wait for the final reply (up to 10 minutes).' },
    rfcs: ['RFC 5321 §3.3', 'RFC 5321 §4.2.2', 'RFC 5321 §4.1.1.4'],
    seeAlso: ['250', '503', '554', '552'],
    keywords: ['DATA', 'start mail input', 'end with dot', 'message body'],
    notes: [
      'A client must not send message data unless it got 354; a 503 or 554 to DATA means no recipient was accepted or the transaction is out of order.',
      'BDAT (CHUNKING, RFC 3030) replaces DATA and has no 354 step: each chunk gets its own 250 or error.',
    ],
    commonEnhanced: [],
  },
];
