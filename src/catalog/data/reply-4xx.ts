/** Transient negative completion replies (4yz): the server may accept the same command later. */
import type { ReplyCodeInput } from '../schema.js';

export const replyCodes4xx: ReplyCodeInput[] = [
  {
    code: '421',
    title: 'Service not available, closing channel',
    meaning:
      'The server is shutting the connection down and will not take mail on it now. It is a temporary refusal: the same message may be accepted on a later connection.',
    whenSeen: [
      'The receiving server is rate-limiting or throttling the sending IP (too many connections, messages or recipients in a short time); big providers add their own reason text, such as Yahoo [TSS04] deferrals or Gmail 4.7.28 unusual-rate notices.',
      'The server is overloaded, restarting or in maintenance and answers the greeting with 421 instead of 220.',
      'The server timed the session out (the client was idle too long) or gave up after too many errors; Postfix, for example, sends 421 with 4.4.2 on timeout and 4.7.0 after too many errors.',
      'It can come as a reply to any command, and the server may even send it unprompted, in which case the client reads it after its next command.',
    ],
    phases: ['connect', 'any'],
    fix: [
      'Do nothing at first: your MTA queues the message and retries on its own. Check that the queue is not growing without bound (postqueue -p | tail -1, exim -bpc).',
      'If it repeats for one destination, read the text after the code: a named rate limit or reputation reason means lower your sending rate or concurrent connections to that domain (Postfix: smtp_destination_concurrency_limit and smtp_destination_rate_delay for a dedicated transport).',
      'If it repeats for every destination, look at your own side: outbound IP reputation, blocklists, or a firewall or proxy cutting sessions.',
    ],
    whoActs: 'nobody',
    retry: {
      policy: 'automatic',
      advice:
        'Retried automatically; RFC 5321 suggests waiting at least 30 minutes between attempts to a destination and giving up after 4–5 days, though most MTAs retry sooner at first.',
    },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §3.8', 'RFC 5321 §4.5.4.1'],
    seeAlso: ['450', '451', '554', '221', '4.7.0', '4.3.2', '4.4.2'],
    keywords: ['throttled', 'rate limit', 'too many connections', 'try again later', 'deferred', 'TSS04', 'timeout', 'too many errors'],
    notes: [
      'RFC 5321 §3.8 lets a server close the connection on its own only after answering QUIT with 221, after sending 421 because it must shut the service down, or after a timeout waiting for the client. The client does not need to send QUIT after a 421.',
      'If the connection simply drops without any reply, RFC 5321 §3.8 tells the client to act as if it had received 451, so a silent disconnect is also a temporary failure.',
      'RFC 5321 §3.8 says closing the connection because of commands the server does not understand violates the standard, but many servers do disconnect after a set number of errors and send 421 when they do.',
    ],
    commonEnhanced: ['4.7.0', '4.3.2', '4.7.28', '4.4.2'],
  },
  {
    code: '432',
    title: 'A password transition is needed (AUTH)',
    meaning:
      'The server needs the account to move to the authentication mechanism the client chose; usually the client must log in once with PLAIN (over TLS) so the server can derive what the new mechanism needs.',
    whenSeen: [
      'In answer to AUTH with a challenge-response mechanism (for example CRAM-MD5 or SCRAM) for an account whose stored password was set before that mechanism was enabled.',
    ],
    phases: ['AUTH'],
    fix: [
      'Authenticate once with AUTH PLAIN over a TLS-protected session, then retry with the mechanism you wanted.',
      'If your client cannot choose mechanisms, ask the mail administrator to reset the password so that the server stores what every enabled mechanism needs.',
    ],
    whoActs: 'sender',
    retry: {
      policy: 'after-fix',
      advice: 'Repeating the same AUTH will keep failing; authenticate once with PLAIN first, then the chosen mechanism should work in later sessions.',
    },
    rfcs: ['RFC 4954 §6'],
    seeAlso: ['535', '534', '454', '4.7.12'],
    keywords: ['password transition', 'AUTH', 'CRAM-MD5', 'SCRAM', 'mechanism'],
    notes: [
      'Rarely seen in practice. The IANA enhanced status code registry lists 4.7.12 with both 432 and 422; only 432 is defined in RFC 4954.',
    ],
    commonEnhanced: ['4.7.12'],
  },
  {
    code: '450',
    title: 'Mailbox unavailable (temporary), action not taken',
    meaning:
      'The server did not act on the request for now: the mailbox is busy, temporarily blocked, or the server has temporarily refused for policy reasons. The same request may succeed later.',
    whenSeen: [
      'Greylisting: the first attempt from an unknown sender/IP/recipient triple is deferred, typically with 450 4.2.0 (Postgrey behind Postfix) or 450/451 with 4.7.1; a retry after a few minutes passes.',
      'Temporary policy checks at RCPT TO, for example the client IP has no reverse DNS yet, or the sender domain could not be resolved right now (Postfix answers 450 4.1.8 for an unresolvable sender domain).',
      'Recipient verification that could not complete (Postfix address verification answers 450 4.1.1 while the probe is pending).',
      'The recipient mailbox is receiving mail faster than the provider allows; Gmail sends 450 4.2.1 for this.',
      'After end of data, a temporary policy rejection of the message (RFC 5321 allows 450 there).',
    ],
    phases: ['RCPT TO', 'MAIL FROM', 'end of data'],
    fix: [
      'Let your MTA retry; greylisting clears on the next attempt after the server minimum delay (often 1 to 5 minutes).',
      'If it persists for hours, read the text: a named check (no PTR, helo, sender domain) needs a fix on your side, such as publishing a PTR record that matches your HELO name (dig -x <your IP>).',
      'If you send from a pool of IPs, retries from a different IP restart greylisting each time; keep retries to one destination on a stable outbound IP or range.',
    ],
    whoActs: 'nobody',
    retry: {
      policy: 'automatic',
      advice: 'Retried automatically; greylisting normally clears on the first retry after a few minutes. If still failing after several hours, investigate the stated reason.',
    },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.3.2'],
    seeAlso: ['451', '452', '550', '421', '4.2.0', '4.7.1', '4.2.1'],
    keywords: ['greylisting', 'greylisted', 'mailbox busy', 'try again later', 'temporarily rejected', 'deferred', 'receiving mail too quickly'],
    notes: [
      'RFC 5321 gives 450 as the temporary twin of 550; both can mean "mailbox unavailable" or "refused for policy reasons".',
      'Greylisting replies are not standardised: 450 and 451 are both common, with 4.2.0, 4.7.1 or 4.7.0. Treat any 4yz that mentions greylisting as "retry later, nothing to fix".',
    ],
    commonEnhanced: ['4.2.0', '4.7.1', '4.2.1', '4.1.8', '4.1.1'],
  },
  {
    code: '451',
    title: 'Requested action aborted: local error in processing',
    meaning:
      'The server hit a temporary problem on its side while handling the command, such as a failed lookup, an unavailable scanner or database, or a deliberate deferral. Nothing is wrong with the message as far as this code says.',
    whenSeen: [
      'Greylisting implemented as 451, typically 451 4.7.1 (milter-greylist and several spam filters).',
      'Temporary DNS trouble at the receiver: SPF, DKIM or sender-domain checks that could not be evaluated (an SPF temperror is registered as 4.7.24).',
      'A content filter, antivirus or policy service behind the MTA timed out or is down, so the server defers after end of data.',
      'The receiver is a gateway or relay that could not reach its next hop or directory in time.',
      'Your own MTA logs a "451-like" deferral when a connection dropped mid-session: RFC 5321 tells clients to treat a lost connection as 451.',
    ],
    phases: ['MAIL FROM', 'RCPT TO', 'end of data', 'BDAT', 'any'],
    fix: [
      'Let your MTA retry; most 451s clear within minutes to hours.',
      'If one destination returns 451 for everything for hours, contact its postmaster with the full reply text and timestamps; the problem is on their side.',
      'If the text names SPF or DNS, check that your own DNS answers quickly and consistently (dig +trace TXT yourdomain, check every authoritative server) because a timeout on your records can be the cause.',
    ],
    whoActs: 'nobody',
    retry: {
      policy: 'automatic',
      advice: 'Retried automatically with normal backoff; if it still fails after a day, treat it as a receiver-side outage and contact them.',
    },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.3.2', 'RFC 5321 §3.8'],
    seeAlso: ['450', '452', '421', '554', '4.3.0', '4.7.1', '4.4.3'],
    keywords: ['local error', 'temporary failure', 'try again later', 'greylisting', 'SPF temperror', 'DNS timeout', 'server busy'],
    notes: [
      'After end of data, a 4yz means the server has not accepted the message and must not deliver it; your side still owns it and retries (RFC 5321 §4.2.5).',
      'The IANA enhanced code registry associates 451 with several details, including 4.7.1, 4.4.3 (directory server failure), 4.4.5 (congestion) and 4.7.24 (SPF validation error).',
    ],
    commonEnhanced: ['4.3.0', '4.7.1', '4.4.3', '4.7.24', '4.4.5'],
  },
  {
    code: '452',
    title: 'Insufficient system storage, or too many recipients',
    meaning:
      'The server cannot take this now because a resource is exhausted: disk or queue space, the per-transaction recipient limit, or (for some providers) the recipient mailbox quota. It is temporary by definition.',
    whenSeen: [
      'In answer to a RCPT TO past the server recipient limit per message (RFC 5321 says this is the correct code); Gmail, for example, sends 452 4.5.3.',
      'The recipient mailbox is over quota at a provider that treats full mailboxes as temporary; Gmail sends 452 4.2.2.',
      'The receiving server is low on disk or queue space (Postfix answers 452 4.3.1 when its queue file system is nearly full).',
      'In answer to MAIL FROM with a SIZE= value that the server cannot store right now (RFC 1870).',
    ],
    phases: ['RCPT TO', 'MAIL FROM', 'DATA', 'end of data'],
    fix: [
      'Too many recipients: do nothing; a correct MTA delivers to the recipients already accepted and sends the rest in a later transaction. If your own client treats it as fatal, fix it to split into batches of 100 or fewer recipients.',
      'Mailbox over quota: the recipient must free space; your MTA keeps retrying until its queue lifetime expires.',
      'Receiver disk full: nothing to do on your side except let it retry; if you run that server, free space in the queue directory (df -h /var/spool/postfix).',
    ],
    whoActs: 'nobody',
    retry: {
      policy: 'automatic',
      advice: 'Retried automatically. For too many recipients the leftovers go in the next transaction, often right away; for a full mailbox retries continue until the queue lifetime (often 5 days) expires.',
    },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.5.3.1.10', 'RFC 5321 §4.5.3.1.8', 'RFC 1870'],
    seeAlso: ['552', '451', '450', '4.5.3', '4.2.2', '4.3.1'],
    keywords: ['too many recipients', 'insufficient storage', 'disk full', 'mailbox full', 'over quota', 'recipient limit'],
    notes: [
      'RFC 5321 §4.5.3.1.10: RFC 821 wrongly gave 552 for "too many recipients"; the correct code is 452, and clients should treat a 552 in that situation as temporary too. A server with a deliberate site-policy limit may instead use a 5yz code, or refuse the DATA that follows with 503.',
      'Servers must buffer at least 100 recipients per message (RFC 5321 §4.5.3.1.8), so rejecting fewer than 100 with "too many recipients" is non-compliant.',
      'Mailbox full is sent as 452 4.2.2 by some providers and as 552 5.2.2 by others; RFC 3463 says X.2.2 should be a persistent transient failure either way.',
    ],
    commonEnhanced: ['4.5.3', '4.2.2', '4.3.1'],
  },
  {
    code: '453',
    title: 'You have no mail (ATRN)',
    meaning:
      'Reply to ATRN in On-Demand Mail Relay: the provider holds no queued mail for the domains the customer asked about. Nothing is wrong.',
    whenSeen: [
      'A dial-up or intermittently connected site polls its provider with ATRN and there is nothing waiting.',
    ],
    phases: ['any'],
    fix: ['Nothing to fix; poll again later or on your normal schedule.'],
    whoActs: 'nobody',
    retry: { policy: 'automatic', advice: 'Poll again on the usual schedule; mail that arrives later is held until the next ATRN.' },
    rfcs: ['RFC 2645'],
    seeAlso: ['250', '251', '458'],
    keywords: ['ATRN', 'ODMR', 'on-demand mail relay', 'no mail'],
    notes: [
      'RFC 5321 defines no 453. The IANA enhanced code registry also lists 453 next to X.3.2 (system not accepting network messages), so outside ATRN a 453 most likely means a system temporarily refusing mail.',
    ],
    commonEnhanced: ['4.3.2'],
  },
  {
    code: '454',
    title: 'TLS not available due to temporary reason',
    meaning:
      'The server advertised STARTTLS but cannot start TLS right now, usually because of a certificate, key or TLS library problem on its side. After AUTH the same number means a temporary authentication failure instead (see variants).',
    whenSeen: [
      'In answer to STARTTLS when the receiving server TLS setup is broken, for example Postfix answering 454 4.7.0 "TLS not available due to local problem" after a certificate or key file became unreadable.',
      'In answer to STARTTLS when something on the path (a firewall doing SMTP inspection or an attacker) strips or answers STARTTLS to force a downgrade to cleartext.',
      'In answer to AUTH when the server cannot reach its password backend (see variants).',
      'In answer to RCPT TO from Postfix with default relay restrictions (defer_unauth_destination): 454 4.7.1 "Relay access denied" means you tried to relay through a server that does not accept mail for that domain from you.',
    ],
    phases: ['STARTTLS', 'AUTH', 'RCPT TO'],
    fix: [
      'TLS: if the server is yours, check the certificate and key paths, permissions and expiry (openssl s_client -starttls smtp -connect host:25) and the MTA log for TLS library errors.',
      'TLS: if the server is not yours and your policy requires TLS (MTA-STS, DANE, or a per-destination "encrypt" setting), mail will queue; contact the receiving postmaster. With opportunistic TLS most MTAs continue in cleartext.',
      'Relay access denied: fix your client configuration (authenticate first, or send to the MX for the recipient domain), or, if you run the server, add the domain to the relay or virtual domains it serves.',
    ],
    whoActs: 'recipient-admin',
    retry: {
      policy: 'automatic',
      advice: 'Retried automatically; a broken TLS setup may persist until the receiving admin fixes it. A 454 relay refusal will not clear on its own: fix the configuration.',
    },
    rfcs: ['RFC 3207 §4', 'RFC 4954 §6'],
    seeAlso: ['530', '538', '535', '554', '4.7.0', '4.7.1'],
    keywords: ['TLS not available', 'STARTTLS failed', 'temporary authentication failure', 'relay access denied', 'downgrade', 'certificate'],
    notes: [
      'One number, two registered meanings: RFC 3207 uses 454 for "TLS not available", RFC 4954 for "temporary authentication failure". The command it answers tells you which.',
      'Postfix relay refusals are 454 only because its default restriction defers instead of rejecting; with reject_unauth_destination the same refusal is 554 5.7.1.',
    ],
    variants: [
      {
        context: 'Reply to STARTTLS (RFC 3207)',
        title: 'TLS not available due to temporary reason',
        meaning:
          'The server cannot start TLS at the moment. The client must decide whether to continue without TLS or to stop and retry later, according to its TLS policy.',
        rfcs: ['RFC 3207 §4'],
      },
      {
        context: 'Reply to AUTH (RFC 4954)',
        title: 'Temporary authentication failure',
        meaning:
          'The authentication could not be completed because of a temporary server-side problem (for example the user database or LDAP is unreachable). The credentials were not judged wrong.',
        rfcs: ['RFC 4954 §6'],
      },
    ],
    commonEnhanced: ['4.7.0', '4.7.1'],
  },
  {
    code: '455',
    title: 'Server unable to accommodate parameters',
    meaning:
      'The server recognises one or more parameters on MAIL FROM or RCPT TO but cannot honour them at the moment. It is the temporary counterpart of 555.',
    whenSeen: [
      'In answer to MAIL FROM or RCPT TO carrying extension parameters (SIZE, BODY, DSN NOTIFY/RET/ENVID, SMTPUTF8, MT-PRIORITY…) that the server temporarily cannot support for this transaction.',
    ],
    phases: ['MAIL FROM', 'RCPT TO'],
    fix: [
      'Let your MTA retry.',
      'If it persists, find which parameter triggers it (compare with the EHLO capability list) and, if the receiver keeps refusing it, stop sending that parameter to that destination.',
    ],
    whoActs: 'nobody',
    retry: { policy: 'automatic', advice: 'Retried automatically; it should clear when the server can accommodate the parameter again.' },
    rfcs: ['RFC 5321 §4.1.1.11', 'RFC 5321 §4.2.2'],
    seeAlso: ['555', '501', '504', '452'],
    keywords: ['parameters', 'ESMTP parameter', 'MAIL FROM parameter', 'RCPT TO parameter'],
    notes: [
      'RFC 5321 uses 455 only when the parameter definition does not prescribe another code; SIZE, for instance, has its own 452/552 rules (RFC 1870).',
      'Rarely seen in practice: most servers either accept a parameter or reject it permanently with 555 or 501.',
    ],
    commonEnhanced: [],
  },
  {
    code: '458',
    title: 'Unable to queue messages for node (ETRN)',
    meaning:
      'Reply to ETRN: the server accepted the request in principle but cannot start a queue run for the named host or domain right now.',
    whenSeen: [
      'A site sends ETRN to its provider or backup MX after coming online, and the provider cannot flush the queue at that moment (queue runner busy, internal error).',
    ],
    phases: ['ETRN'],
    fix: [
      'Send ETRN again later.',
      'If it persists, ask the provider to check its queue for your domain (for example postqueue -s yourdomain or exim -R yourdomain on their side).',
    ],
    whoActs: 'recipient-admin',
    retry: { policy: 'automatic', advice: 'Repeat ETRN after a few minutes; the provider also delivers on its own retry schedule.' },
    rfcs: ['RFC 1985'],
    seeAlso: ['459', '250', '253'],
    keywords: ['ETRN', 'queue', 'backup MX', 'flush'],
    notes: [],
    commonEnhanced: [],
  },
  {
    code: '459',
    title: 'Node not allowed (ETRN)',
    meaning:
      'Reply to ETRN: the server refuses to start a queue run for the named host or domain, with the reason in the text. Although it is a 4yz code, it usually reflects a configuration decision.',
    whenSeen: [
      'The domain named in ETRN is not one the provider relays or queues for.',
      'The provider only accepts ETRN from certain client IPs or authenticated sessions.',
    ],
    phases: ['ETRN'],
    fix: [
      'Check that the ETRN argument is exactly the host or domain the provider holds mail for; RFC 1985 also defines an @domain form (the domain and its subdomains) and a #queue form.',
      'Ask the provider to allow ETRN for your domain from your IP.',
    ],
    whoActs: 'recipient-admin',
    retry: { policy: 'after-fix', advice: 'Repeating ETRN will get the same answer until the provider configuration changes.' },
    rfcs: ['RFC 1985'],
    seeAlso: ['458', '250', '502'],
    keywords: ['ETRN', 'not allowed', 'node', 'backup MX'],
    notes: [],
    commonEnhanced: [],
  },
];
