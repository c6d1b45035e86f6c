/**
 * Permanent negative completion replies (5yz): repeating the same request unchanged will fail
 * again. Several of these numbers are overloaded in practice (550 and 554 carry most policy
 * rejections), so the notes say where real servers stray from the RFC wording.
 */
import type { ReplyCodeInput } from '../schema.js';

export const replyCodes5xx: ReplyCodeInput[] = [
  {
    code: '500',
    title: 'Syntax error, command unrecognized',
    meaning:
      'The server did not recognise the command at all, or the command line was too long. It stays in the same state and waits for the next command.',
    whenSeen: [
      'The client sent a command the server does not know, or stray bytes (for example a TLS ClientHello sent to a plaintext port, or HTTP sent to port 25).',
      'A command line longer than the server limit (RFC 5321 requires at least 512 octets).',
      'An AUTH response line longer than the SASL buffer (RFC 4954 pairs this with 5.5.6).',
      'Non-ASCII bytes in a command without a negotiated extension (SMTPUTF8) that allows them.',
    ],
    phases: ['any', 'AUTH', 'HELO/EHLO'],
    fix: [
      'Capture the session (swaks --to x@domain --server host -q HELO, or your MTA debug log) and look at the exact line that got 500.',
      'Check the port and TLS mode: implicit TLS (465) and STARTTLS (587, 25) are not interchangeable; a client speaking TLS to a plaintext port gets 500 or garbage.',
      'If EHLO gets 500, the server is very old or a filter is in the path; the client should fall back to HELO.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Sending the same command again fails again; fix the client or its configuration first.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.3.2', 'RFC 5321 §2.4', 'RFC 5321 §3.8', 'RFC 4954 §6'],
    seeAlso: ['501', '502', '503', '5.5.1', '5.5.2', '5.5.6'],
    keywords: ['command unrecognized', 'syntax error', 'line too long', 'unknown command', 'wrong port'],
    notes: [
      'RFC 5321 reserves 502 for commands the server recognises but does not implement and 500 for commands it does not recognise at all; real servers mix them up (Postfix, for example, answers unknown commands with 502 5.5.2).',
      'A server must not drop the connection just because it got an unknown command (RFC 5321 §3.8), though many disconnect after repeated errors.',
    ],
    commonEnhanced: ['5.5.1', '5.5.2', '5.5.6'],
  },
  {
    code: '501',
    title: 'Syntax error in parameters or arguments',
    meaning:
      'The command was recognised but its argument is malformed or not acceptable: a bad address, a bad host name, an argument where none is allowed, or invalid characters.',
    whenSeen: [
      'MAIL FROM or RCPT TO with a malformed address: missing angle brackets, spaces around the colon, an unquoted space, or a trailing dot.',
      'HELO/EHLO with an invalid host name (Postfix answers 501 for reject_invalid_helo_hostname).',
      'Invalid characters in a command, such as an underscore in a domain name or 8-bit bytes without SMTPUTF8 (RFC 5321 requires 501).',
      'STARTTLS sent with a parameter (RFC 3207), or DATA, RSET or QUIT sent with arguments.',
      'During AUTH: the client cancelled with "*", or sent a response that is not valid base64 (RFC 4954).',
    ],
    phases: ['MAIL FROM', 'RCPT TO', 'HELO/EHLO', 'AUTH', 'STARTTLS', 'any'],
    fix: [
      'Look at the exact command your client sent (MTA debug log or swaks --quit-after RCPT) and compare it with MAIL FROM:<user@example.com> / RCPT TO:<user@example.com>, no space after the colon.',
      'Check the HELO/EHLO name: it should be the fully qualified DNS name of the sending host, not "localhost" or a name with underscores.',
      'For AUTH, check that the client base64-encodes correctly and that username and password do not contain characters your library mangles.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Resending the same command gets the same reply; correct the syntax first.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.1.4', 'RFC 5321 §4.1.2', 'RFC 5321 §4.3.2', 'RFC 3207 §4', 'RFC 4954 §4'],
    seeAlso: ['500', '504', '553', '555', '5.5.2', '5.1.3', '5.1.7'],
    keywords: ['syntax error', 'invalid address', 'bad address syntax', 'invalid hostname', 'helo rejected', 'malformed'],
    notes: [
      'For an unknown but well-formed MAIL/RCPT parameter, RFC 5321 §4.1.1.11 wants 555, not 501; many servers still answer 501 (or 504) for it.',
      'Address syntax problems come back as 501 from some servers and as 553 from others; the IANA registry pairs 5.1.3 (bad destination address syntax) with 501.',
    ],
    commonEnhanced: ['5.5.2', '5.5.4', '5.1.3', '5.1.7', '5.7.0'],
  },
  {
    code: '502',
    title: 'Command not implemented',
    meaning:
      'The server recognises the command but does not implement it or has turned it off. This is permanent for this server.',
    whenSeen: [
      'VRFY or EXPN disabled for privacy (Postfix with disable_vrfy_command = yes answers 502 5.5.1 "VRFY command is disabled").',
      'ETRN, TURN or ATRN sent to a server that does not offer them; an ODMR provider may refuse everything except EHLO, AUTH, ATRN and QUIT with 502 (RFC 2645).',
      'AUTH sent to a server or port with authentication turned off (some servers answer 503 for this instead).',
      'Unknown commands on servers that use 502 where RFC 5321 expects 500 (Postfix: 502 5.5.2 "Error: command not recognized").',
      'HELP disabled.',
    ],
    phases: ['VRFY/EXPN', 'ETRN', 'AUTH', 'NOOP/RSET/HELP', 'any'],
    fix: [
      'Check the EHLO reply: a server must not advertise a capability it answers with 502, so only use what is listed.',
      'For AUTH, connect to the submission port (587, or 465 with implicit TLS) instead of port 25, and use STARTTLS first if AUTH only appears after it.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'The command will keep failing on this server; change the client behaviour or the server choice.' },
    rfcs: ['RFC 5321 §4.2.4', 'RFC 5321 §4.2.2', 'RFC 5321 §3.5.3', 'RFC 2645'],
    seeAlso: ['500', '504', '252', '5.5.1'],
    keywords: ['not implemented', 'VRFY disabled', 'command disabled', 'AUTH not supported'],
    notes: [
      'RFC 5321 §4.2.4: use 502 for known-but-unimplemented commands and 500 for unknown ones; servers must not list an EHLO capability and then answer it with 502 or 500.',
    ],
    commonEnhanced: ['5.5.1', '5.5.2', '5.5.0'],
  },
  {
    code: '503',
    title: 'Bad sequence of commands',
    meaning:
      'The command is valid but not allowed at this point in the session: for example RCPT before MAIL, DATA without an accepted recipient, or a second AUTH.',
    whenSeen: [
      'DATA after every RCPT TO was rejected (or none was sent); look further up the log for the real rejection of the recipients.',
      'MAIL FROM before EHLO/HELO, RCPT TO before MAIL FROM, or MAIL FROM while a transaction is already open.',
      'AUTH after a successful AUTH, or AUTH during a mail transaction (RFC 4954 requires 503).',
      'Every command after a 554 greeting (RFC 5321 asks servers to answer 503 until QUIT).',
      'Some providers send 503 to mean "authenticate first" on submission ports, where RFC 4954 would use 530.',
    ],
    phases: ['MAIL FROM', 'RCPT TO', 'DATA', 'AUTH', 'BDAT', 'any'],
    fix: [
      'Find the first error in the session, not the 503: usually a recipient was rejected and the client carried on to DATA anyway.',
      'If the text mentions authentication, configure the client to AUTH (after STARTTLS) before MAIL FROM.',
      'If you wrote the client, follow the order EHLO, [STARTTLS, EHLO], [AUTH], MAIL, RCPT…, DATA, and only pipeline when PIPELINING is advertised.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fix the cause shown earlier in the session (usually a rejected recipient or missing AUTH), then send again.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.1.4', 'RFC 5321 §3.3', 'RFC 5321 §3.1', 'RFC 5321 §4.5.3.1.10', 'RFC 4954 §4'],
    seeAlso: ['530', '554', '550', '5.5.1'],
    keywords: ['bad sequence', 'out of order', 'no valid recipients', 'need MAIL command', 'authentication required', 'already authenticated'],
    notes: [
      'At DATA, RFC 5321 §3.3 allows either 503 or 554 ("no valid recipients") when no recipient was accepted.',
      'A server with a site policy on the total recipient count may answer DATA with 503 after refusing recipients (RFC 5321 §4.5.3.1.10).',
    ],
    commonEnhanced: ['5.5.1', '5.5.0', '5.7.0'],
  },
  {
    code: '504',
    title: 'Command parameter not implemented',
    meaning:
      'The command is implemented, but the specific parameter or option given is not supported, or (in common Postfix use) a host or address argument is not fully qualified.',
    whenSeen: [
      'AUTH with a mechanism the server does not offer, for example AUTH CRAM-MD5 when only PLAIN and LOGIN are listed (RFC 4954: "unrecognized authentication type").',
      'HELO/EHLO with a name that is not a fully qualified domain (Postfix reject_non_fqdn_helo_hostname answers 504 5.5.2).',
      'MAIL FROM or RCPT TO with an address whose domain is not fully qualified (Postfix reject_non_fqdn_sender/recipient answers 504 5.5.2).',
      'A command option or parameter the server knows but has not implemented.',
    ],
    phases: ['AUTH', 'HELO/EHLO', 'MAIL FROM', 'RCPT TO', 'any'],
    fix: [
      'For AUTH, pick a mechanism listed in the EHLO reply (some servers list AUTH only after STARTTLS; run EHLO again after TLS).',
      'Set the sending host name to an FQDN (Postfix myhostname, Exim primary_hostname, or your application HELO setting) and make sure envelope addresses carry a full domain.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Will fail again until the parameter, mechanism or host name is changed.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.3.2', 'RFC 4954 §4'],
    seeAlso: ['501', '502', '555', '5.5.4', '5.5.2', '5.7.4'],
    keywords: ['unrecognized authentication type', 'AUTH mechanism', 'need fully-qualified hostname', 'non-FQDN', 'parameter not implemented'],
    notes: [
      'Postfix uses 504 (non_fqdn_reject_code) for non-FQDN HELO names and addresses, which is a local convention rather than the RFC meaning of "parameter not implemented".',
      'The IANA registry pairs 5.7.4 (security features not supported) with 504.',
    ],
    commonEnhanced: ['5.5.4', '5.5.2', '5.7.4'],
  },
  {
    code: '521',
    title: 'Server does not accept mail',
    meaning:
      'This host never accepts mail, for anyone. It is sent instead of the 220 greeting by hosts that run SMTP only to refuse mail cleanly, so that senders fail at once instead of queueing for days.',
    whenSeen: [
      'At connection open, instead of 220, from a host that has no mail service (a web or DNS server, a parked domain) but answers on port 25 to bounce mail quickly.',
      'In answer to RCPT TO from an MX relay that knows the final host never accepts mail (the original RFC 1846 model).',
    ],
    phases: ['connect', 'RCPT TO'],
    fix: [
      'Check the recipient domain MX records (dig MX domain +short): mail for that domain is going to a host that does not take mail. Either the address is wrong or the domain owner misconfigured DNS.',
      'If the recipient is real, ask them for a working address or tell their admin that their MX (or A record, if there is no MX) points to a host that refuses mail.',
      'Remove or suppress the address if the domain is not meant to receive mail.',
    ],
    whoActs: 'sender',
    retry: { policy: 'never', advice: 'Permanent by design: do not retry. Send again only after the address or the domain DNS has changed.' },
    rfcs: ['RFC 7504', 'RFC 1846'],
    seeAlso: ['556', '554', '550', '421', '5.3.2', '5.1.10'],
    keywords: ['does not accept mail', 'no mail service', 'mailless host', 'parked domain', 'null MX'],
    notes: [
      '521 is about a host, 556 about a domain: 521 comes from the server you connected to, while 556 reports that the recipient domain publishes a null MX (RFC 7505) and so accepts no mail at all.',
      'RFC 5321 offers 554 at the greeting for "no SMTP service here", but 554 is also used for many per-client or per-message refusals; RFC 7504 made 521 the unambiguous "never accepts mail" signal.',
      'The IANA registry pairs 521 with 5.3.2 (system not accepting network messages).',
    ],
    commonEnhanced: ['5.3.2'],
  },
  {
    code: '523',
    title: 'Encryption needed',
    meaning:
      'Registered in the IANA enhanced status code registry with 5.7.10: the requested authentication mechanism (typically a cleartext one such as PLAIN or LOGIN) may only be used under a strong privacy layer such as TLS.',
    whenSeen: [
      'In answer to AUTH PLAIN or AUTH LOGIN sent before STARTTLS, on servers that use this code.',
    ],
    phases: ['AUTH'],
    fix: [
      'Enable STARTTLS (or implicit TLS on port 465) in the client and authenticate only after TLS is up.',
      'Alternatively choose a mechanism that does not expose the password, if the server offers one.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fails until the client encrypts the session or changes mechanism.' },
    rfcs: ['RFC 5248'],
    seeAlso: ['538', '530', '534', '5.7.10', '5.7.11'],
    keywords: ['encryption needed', 'TLS required', 'STARTTLS', 'plaintext auth'],
    notes: [
      '523 appears in the IANA registry (registered by RFC 5248 next to X.7.10), but no SMTP extension RFC specifies when a server sends it. Servers more often answer the same situation with 538 5.7.11 or 530 5.7.0, or simply do not advertise AUTH before TLS.',
    ],
    commonEnhanced: ['5.7.10'],
  },
  {
    code: '524',
    title: 'Encryption required for requested authentication mechanism (legacy)',
    meaning:
      'Listed by IANA as an alternative basic code for 5.7.11: the chosen AUTH mechanism may only be used on an encrypted connection. RFC 4954 uses 538 for this.',
    whenSeen: [
      'In answer to AUTH over an unencrypted connection on the few servers that use 524 instead of 538.',
    ],
    phases: ['AUTH'],
    fix: [
      'Turn on STARTTLS or implicit TLS in the client and authenticate after the handshake.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fails until the session is encrypted.' },
    rfcs: ['RFC 5248'],
    seeAlso: ['538', '523', '530', '5.7.11'],
    keywords: ['encryption required', 'TLS required', 'AUTH'],
    notes: [
      'Treat 524 exactly like 538. The IANA registry lists both 524 and 538 for X.7.11; only 538 appears in RFC 4954.',
    ],
    commonEnhanced: ['5.7.11'],
  },
  {
    code: '525',
    title: 'User account disabled',
    meaning:
      'Registered by IANA with 5.7.13: the credentials were valid but the account is disabled (unpaid, suspended for abuse, compromised). Typing the password again will not help.',
    whenSeen: [
      'In answer to AUTH for an account an administrator has suspended.',
    ],
    phases: ['AUTH'],
    fix: [
      'Contact the administrator of the mail service to find out why the account was disabled and get it re-enabled.',
      'If the account was suspended for sending spam, check for compromised credentials, rotate the password and review recent sending before asking for reinstatement.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Permanent until the account is re-enabled; do not loop on AUTH, it can extend lockouts.' },
    rfcs: ['RFC 5248'],
    seeAlso: ['535', '534', '530', '5.7.13', '5.7.8'],
    keywords: ['account disabled', 'account suspended', 'locked', 'AUTH'],
    notes: [
      'Many servers report a disabled account as a plain 535 failure instead, so do not rule out suspension just because you got 535.',
    ],
    commonEnhanced: ['5.7.13'],
  },
  {
    code: '530',
    title: 'Authentication required',
    meaning:
      'The server will not perform this command until the client authenticates. On servers that require TLS first, the same number means "issue STARTTLS first" (see variants).',
    whenSeen: [
      'MAIL FROM on a submission port (587/465) without AUTH; Microsoft 365 answers 530 5.7.57 "Client not authenticated to send mail".',
      'Any command other than EHLO, STARTTLS, NOOP or QUIT on a server that requires TLS before anything else: "530 Must issue a STARTTLS command first" (Amazon SES, many submission servers).',
      'Relays and smart hosts that only accept mail from authenticated customers.',
    ],
    phases: ['MAIL FROM', 'RCPT TO', 'AUTH', 'any'],
    fix: [
      'Read the text: if it mentions STARTTLS, enable STARTTLS in the client (for example smtp+tls / "secure: false + requireTLS" on 587, not plain smtp://), then authenticate.',
      'Otherwise configure SMTP AUTH with the right user name and password (or OAuth token), and check the client actually sends AUTH before MAIL FROM (look for 235 in the session).',
      'For Microsoft 365 5.7.57, make sure SMTP AUTH is enabled for the mailbox and that the client authenticates on smtp.office365.com:587 with STARTTLS.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fails on every attempt until the client authenticates (or starts TLS).' },
    rfcs: ['RFC 4954 §6', 'RFC 3207'],
    seeAlso: ['535', '503', '454', '538', '550', '5.7.0'],
    keywords: ['authentication required', 'must issue a STARTTLS command first', 'client not authenticated', 'SMTP AUTH', 'login required', '5.7.57'],
    notes: [
      'RFC 4954 allows 530 in answer to any command other than AUTH, EHLO, HELO, NOOP, RSET or QUIT; RFC 3207 uses the same number for "must issue STARTTLS first". The text is the only way to tell them apart.',
      'RFC 3207 forbids a publicly referenced MX from requiring STARTTLS for mail to its own users, so a 530 on port 25 of an MX usually means you reached a submission-only or misconfigured server.',
      '5.7.57 is a Microsoft-specific enhanced code, not in the IANA registry.',
    ],
    variants: [
      {
        context: 'Server requires authentication (RFC 4954), usually at MAIL FROM',
        title: 'Authentication required',
        meaning:
          'Server policy requires AUTH before the requested action; the client must authenticate and repeat the command.',
        rfcs: ['RFC 4954 §6'],
      },
      {
        context: 'Server requires TLS (RFC 3207), any command before STARTTLS',
        title: 'Must issue a STARTTLS command first',
        meaning:
          'The server only continues over an encrypted session; the client must send STARTTLS, complete the handshake and send EHLO again.',
        rfcs: ['RFC 3207'],
      },
    ],
    commonEnhanced: ['5.7.0', '5.7.57'],
  },
  {
    code: '534',
    title: 'Authentication mechanism is too weak',
    meaning:
      'The AUTH mechanism the client chose is weaker than the server allows for this user. In practice large providers also use 534 to say "this kind of login is not allowed for this account".',
    whenSeen: [
      'Gmail and Google Workspace answer 534 5.7.9 "Application-specific password required" when the account uses 2-Step Verification and the client sent the normal account password.',
      'Servers that require a challenge-response or token mechanism and refuse PLAIN/LOGIN for certain users.',
    ],
    phases: ['AUTH'],
    fix: [
      'For Google accounts, create an app password (2-Step Verification must be on) or, better, switch the client to OAuth 2.0 (XOAUTH2).',
      'Otherwise choose a stronger mechanism from the EHLO AUTH list, or ask the administrator which mechanisms your account may use.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fails until the client uses an allowed mechanism or credential type.' },
    rfcs: ['RFC 4954 §6'],
    seeAlso: ['535', '538', '530', '5.7.9'],
    keywords: ['mechanism too weak', 'application-specific password required', 'app password', 'Gmail', 'OAuth', 'XOAUTH2'],
    notes: [
      'Compare 535: 534 says the way you logged in is not acceptable, 535 says the credentials themselves were wrong.',
    ],
    commonEnhanced: ['5.7.9'],
  },
  {
    code: '535',
    title: 'Authentication credentials invalid',
    meaning:
      'The server rejected the credentials: wrong user name or password, expired token, or a login the provider no longer allows with a password.',
    whenSeen: [
      'Wrong or changed password, or a user name in the wrong form (full address versus local part).',
      'Gmail: 535 5.7.8 "Username and Password not accepted" when a normal password is used where an app password or OAuth is required.',
      'Microsoft 365: 535 5.7.3 "Authentication unsuccessful" for wrong credentials or an OAuth token issued with the wrong scope; SMTP AUTH being disabled for the mailbox or tenant also ends in a 535.',
      'Expired or wrongly scoped OAuth access token with XOAUTH2.',
      'A locked or disabled account on servers that do not use a more specific code.',
    ],
    phases: ['AUTH'],
    fix: [
      'Test the credentials directly: swaks --server host:587 --tls --auth LOGIN --auth-user USER --auth-password PASS --quit-after AUTH.',
      'Check the user name form the provider expects (usually the full e-mail address) and re-enter the password; look for trailing spaces or special characters your config format escapes.',
      'For Gmail use an app password or OAuth; for Microsoft 365 check that SMTP AUTH is allowed for the mailbox (Exchange admin center, mailbox settings) or move to OAuth.',
      'Stop the client from retrying in a loop: repeated failures can lock the account or block your IP.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Will fail on every attempt until the credentials or account settings are fixed; avoid automatic retries that can trigger lockouts.' },
    rfcs: ['RFC 4954 §4', 'RFC 4954 §6'],
    seeAlso: ['534', '530', '454', '525', '5.7.8', '5.7.3'],
    keywords: ['authentication failed', 'invalid credentials', 'username and password not accepted', 'authentication unsuccessful', 'wrong password', 'bad credentials', 'login failed'],
    notes: [
      'RFC 4954 registers 5.7.8 for invalid credentials. Microsoft uses 5.7.3, whose registered meaning is "security conversion required but not possible", for the same situation.',
      'The IANA registry also pairs 535 with 5.7.14 (trust relationship required), used by submission servers that fetch content from elsewhere (BURL, RFC 4468).',
      'A temporary back-end problem during AUTH should be 454, not 535; if the same credentials sometimes work, suspect the server.',
    ],
    commonEnhanced: ['5.7.8', '5.7.3', '5.7.0'],
  },
  {
    code: '538',
    title: 'Encryption required for requested authentication mechanism',
    meaning:
      'The chosen AUTH mechanism may only be used on an encrypted connection, and this session is not encrypted.',
    whenSeen: [
      'AUTH PLAIN or LOGIN sent before STARTTLS on a server that accepts them only under TLS.',
    ],
    phases: ['AUTH'],
    fix: [
      'Enable STARTTLS (port 587) or implicit TLS (port 465) in the client and authenticate after the handshake.',
      'Do not work around it by allowing plaintext AUTH on the server: the password would cross the network readable.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fails until the client encrypts the session.' },
    rfcs: ['RFC 4954 §6'],
    seeAlso: ['530', '523', '524', '534', '5.7.11'],
    keywords: ['encryption required', 'TLS required', 'plaintext authentication', 'STARTTLS', 'AUTH'],
    notes: [
      'RFC 4954 notes that servers should rather not advertise mechanisms that need encryption until TLS is active, so modern servers seldom send 538: they just omit AUTH before STARTTLS.',
    ],
    commonEnhanced: ['5.7.11'],
  },
  {
    code: '550',
    title: 'Requested action not taken: mailbox unavailable',
    meaning:
      'The server permanently refused the command. RFC 5321 covers both a mailbox that does not exist or cannot be used and a refusal for policy reasons; the enhanced code and text tell you which.',
    whenSeen: [
      'RCPT TO for an address that does not exist: 550 5.1.1 (Gmail: "The email account that you tried to reach does not exist").',
      'Policy or reputation rejection of the sender, IP or message: 550 5.7.1, or the authentication-specific codes 5.7.23 (SPF fail), 5.7.25 (no reverse DNS), 5.7.26 (multiple authentication checks failed, used by Gmail for DMARC failures).',
      'Relay refused: you tried to send through a server that does not handle the recipient domain for you (RFC 5321 says relay refusals SHOULD be 550).',
      'A disabled or deactivated mailbox (5.2.1), or a sender domain with a null MX (5.7.27).',
      'After end of data, a content or policy rejection of the whole message.',
    ],
    phases: ['RCPT TO', 'MAIL FROM', 'end of data', 'HELO/EHLO', 'VRFY/EXPN'],
    fix: [
      'Read the enhanced code first. 5.1.x: the address is wrong; correct it or remove it from your lists. 5.7.x: a policy decision about you; fix the cause before sending again.',
      'For 5.7.x, check your authentication for the sending domain: SPF includes the sending IP (dig TXT domain), DKIM signs with the From domain, DMARC aligns, and the IP has a PTR that resolves back.',
      'Check the sending IP against blocklists (for example Spamhaus lookup) and the provider postmaster tools, then use the provider delisting or support form quoted in the reply text.',
      'For relay refusals, send to the recipient domain MX, or authenticate to your own submission server instead of relaying through a third party.',
    ],
    whoActs: 'sender',
    retry: {
      policy: 'after-fix',
      advice: 'Do not retry unchanged. For 5.1.1 (no such user) never resend to that address; for 5.7.x resend only after fixing authentication, reputation or content.',
    },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §3.3', 'RFC 5321 §3.6.2', 'RFC 5321 §4.3.2'],
    seeAlso: ['450', '551', '553', '554', '552', '5.1.1', '5.7.1', '5.7.26'],
    keywords: ['user unknown', 'no such user', 'mailbox unavailable', 'does not exist', 'relay denied', 'blocked', 'rejected', 'spam', 'DMARC', 'SPF', 'blacklisted', 'blocklisted'],
    notes: [
      'RFC 5321 §4.2.2 explicitly includes "command rejected for policy reasons" in 550, so a 550 for spam, reputation or relaying is within the standard; the mistake is reading every 550 as "user unknown". Use the enhanced code.',
      'Servers differ on where policy rejections land: Postfix uses 554 5.7.1 for relay refusals by default (454 with its default deferring restriction), qmail uses 553, Exim and most large providers use 550.',
      'A 550 5.1.1 at RCPT TO is the one reliable signal to suppress an address; a 550 after end of data usually concerns the whole message, not one mailbox.',
      'RFC 5321 §4.5.4.1: 5yz replies to MAIL FROM must not be cached; a sender-side policy fix can take effect immediately.',
    ],
    commonEnhanced: ['5.1.1', '5.7.1', '5.7.26', '5.7.23', '5.7.25', '5.2.1', '5.1.0', '5.7.27'],
  },
  {
    code: '551',
    title: 'User not local; please try another address',
    meaning:
      'The server will not take mail for this recipient and (in the RFC form) names a different address to try. In practice it is also used loosely for "we do not handle mail for that address".',
    whenSeen: [
      'RCPT TO for a user who has moved, on servers that reveal the forwarding address (rare; most use 550).',
      'Some servers send 551 as a relay refusal or policy refusal; the IANA registry pairs it with 5.7.1.',
      'In answer to VRFY for an address that would be refused.',
    ],
    phases: ['RCPT TO', 'VRFY/EXPN'],
    fix: [
      'If the text gives a new address, confirm it with the recipient through another channel, then update your records and resend.',
      'If there is no address in the text, treat it as a 550: check whether you are relaying through the wrong server or whether the address is obsolete.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Do not resend to the same address; resend to the corrected address or through the right server.' },
    rfcs: ['RFC 5321 §3.4', 'RFC 5321 §4.2.2', 'RFC 5321 §7.4'],
    seeAlso: ['251', '550', '553', '5.1.6', '5.7.1'],
    keywords: ['user not local', 'please try', 'moved', 'forward-path', 'relay'],
    notes: [
      'RFC 5321 §7.4 discusses the security risks of rerouting mail on the strength of 251/551 replies; do not update addresses automatically.',
      'The client is not expected to act on 551 automatically; RFC 5321 says the server must not assume the client will update anything.',
    ],
    commonEnhanced: ['5.7.1', '5.1.6'],
  },
  {
    code: '552',
    title: 'Requested mail action aborted: exceeded storage allocation',
    meaning:
      'The message does not fit a storage limit: it is larger than the server or mailbox accepts, or the recipient mailbox is full. The enhanced code says which.',
    whenSeen: [
      'Message too large: at MAIL FROM when the declared SIZE exceeds the server maximum, or after end of data (5.3.4 system limit, 5.2.3 per-mailbox limit). Attachments grow by about a third after base64 encoding.',
      'Recipient mailbox over quota: 552 5.2.2 at RCPT TO or after end of data.',
      'Content blocked for security reasons by some providers; Gmail, for example, answers 552 5.7.0 for messages with blocked attachment types.',
      'From old servers, "too many recipients" at RCPT TO (the RFC 821 code; RFC 5321 moved this to 452).',
    ],
    phases: ['MAIL FROM', 'RCPT TO', 'end of data', 'BDAT'],
    fix: [
      'Size: check the limit in the receiver EHLO line (250-SIZE 35882577), compare with the encoded message size, and send large files as links instead of attachments. If the limit is on your own relay, raise it (Postfix message_size_limit, Exim message_size_limit).',
      'Mailbox full (5.2.2): the recipient must free space; tell them through another channel. Your side cannot fix it.',
      'Blocked content (5.7.0 with attachment text): remove or zip-and-password-protect executable attachments, or share via a link.',
      'If the text says too many recipients, treat it as 452: split the message into smaller batches.',
    ],
    whoActs: 'sender',
    retry: {
      policy: 'after-fix',
      advice: 'Resending the same message fails again. For a full mailbox, retrying later may work once the recipient clears space; for size, shrink the message first.',
    },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.5.3.1.10', 'RFC 5321 §4.3.2', 'RFC 1870'],
    seeAlso: ['452', '554', '550', '5.3.4', '5.2.2', '5.2.3'],
    keywords: ['message too large', 'size limit', 'exceeded storage allocation', 'mailbox full', 'over quota', 'quota exceeded', 'attachment too big'],
    notes: [
      'RFC 5321 §4.5.3.1.10 asks clients to treat a 552 that means "too many recipients" as temporary, because RFC 821 wrongly used 552 there; read the text before suppressing.',
      'RFC 3463 describes X.2.2 (mailbox full) as a persistent transient condition, and some providers send 452 4.2.2 for it; a 552 5.2.2 is therefore a soft bounce in many senders\' suppression policies.',
      'RFC 1870 (SIZE): a declared size above the fixed maximum gets 552 (permanent); a temporary lack of space gets 452.',
    ],
    commonEnhanced: ['5.3.4', '5.2.2', '5.2.3', '5.7.0'],
  },
  {
    code: '553',
    title: 'Requested action not taken: mailbox name not allowed',
    meaning:
      'The server refuses the address itself: its syntax is invalid, it is not a permitted sender or recipient name here, or it needs a capability the session lacks (such as non-ASCII addresses without SMTPUTF8).',
    whenSeen: [
      'MAIL FROM with a sender address the authenticated account may not use (Postfix reject_sender_login_mismatch: 553 5.7.1 "Sender address rejected: not owned by user").',
      'Invalid address syntax in MAIL FROM or RCPT TO on servers that use 553 rather than 501 for it.',
      'Sender domain does not exist (Sendmail answers 553 5.1.8 "Domain of sender address does not exist").',
      'Relay refused by qmail ("553 sorry, that domain isn\'t in my list of allowed rcpthosts").',
      'A non-ASCII (internationalized) address used without the SMTPUTF8 parameter on MAIL FROM; an SMTPUTF8-capable server answers 553 5.6.7 (RFC 6531).',
      'In answer to VRFY with an ambiguous name that matches several mailboxes.',
    ],
    phases: ['MAIL FROM', 'RCPT TO', 'VRFY/EXPN'],
    fix: [
      'Sender not owned: send with a From/envelope address the account is authorised for, or have the administrator add it as an alias or send-as address.',
      'Syntax: check the exact address in the log for typos, spaces, missing domain or illegal characters.',
      'Sender domain does not exist: make sure the envelope sender domain resolves (dig MX and A for it), especially for system mail sent as user@hostname.',
      'Internationalized addresses: make sure every hop advertises SMTPUTF8, or use an ASCII (punycode domain) form of the address where one exists.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fails until the address or account permissions change.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §3.3', 'RFC 5321 §3.5.1', 'RFC 6531'],
    seeAlso: ['501', '550', '551', '554', '5.1.3', '5.1.8', '5.6.7', '5.7.1'],
    keywords: ['mailbox name not allowed', 'sender address rejected', 'not owned by user', 'invalid address', 'domain of sender address does not exist', 'SMTPUTF8', 'rcpthosts'],
    notes: [
      'RFC 5321 §3.3 names 550 and 553 as the normal failures to MAIL FROM; which one a server picks for a bad sender is local choice.',
      'The IANA registry pairs 5.6.7 and 5.6.8 (SMTPUTF8 problems) with 553; a 553 5.6.7 is about internationalized addresses, not a typo.',
    ],
    commonEnhanced: ['5.7.1', '5.1.3', '5.1.8', '5.6.7', '5.1.7'],
  },
  {
    code: '554',
    title: 'Transaction failed (or, at greeting, no SMTP service here)',
    meaning:
      'A permanent refusal that is not tied to one mailbox: the whole transaction or connection is rejected. At the greeting it means the server will not talk to this client at all.',
    whenSeen: [
      'After end of data: the message was rejected for content or policy (spam score, malware, DMARC, message format), often with 5.7.1 and a reason.',
      'At connection open, instead of 220: the client IP is blocklisted or not allowed; the server then answers 503 to everything until QUIT.',
      'At RCPT TO from Postfix: 554 5.7.1 "Relay access denied" (reject_unauth_destination), or client/sender restrictions and DNS blocklist hits (554 5.7.1 "Service unavailable; client host blocked using…").',
      'At DATA when no recipient was accepted ("no valid recipients").',
      'After STARTTLS, if the server finds the TLS security level insufficient, it may refuse further commands (RFC 3207 uses 554 for this).',
    ],
    phases: ['connect', 'end of data', 'RCPT TO', 'DATA', 'MAIL FROM', 'BDAT'],
    fix: [
      'Note when it came: at connect it is about your IP (check blocklists and PTR); at RCPT it is relay or sender policy; after end of data it is the message itself.',
      'For IP blocks: look up the sending IP on the blocklist named in the text, fix the cause (compromised account, open relay, missing PTR), then request delisting.',
      'For content rejections: check SPF, DKIM and DMARC alignment, remove URL shorteners or flagged links, and test with a seed address before resending.',
      'For relay refusals: deliver to the recipient MX directly or authenticate to your own submission server.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Do not retry unchanged; resend only after fixing the reputation, configuration or content problem the text names.' },
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §3.1', 'RFC 5321 §3.3', 'RFC 5321 §4.3.2', 'RFC 3207', 'RFC 4468'],
    seeAlso: ['550', '521', '552', '503', '421', '5.7.1', '5.3.4'],
    keywords: ['transaction failed', 'spam', 'message rejected', 'blocked', 'blocklist', 'blacklist', 'relay access denied', 'no SMTP service', 'no valid recipients', 'policy'],
    notes: [
      'RFC 5321 defines 554 at the greeting as "no SMTP service here"; RFC 7504 later added 521 for hosts that never accept mail. A 554 greeting usually means "not from you", not "not at all".',
      'Postfix uses 554 as its default for many policy rejections (relay refusals, access maps, DNS blocklists) where other MTAs send 550; the two are interchangeable in practice and the enhanced code carries the detail.',
      'A 554 after end of data means the receiver did not take the message; your side still owns it and should report the failure to the sender (a bounce) rather than retry (RFC 5321 §4.2.5).',
      'On submission servers with BURL (RFC 4468), 554 with 5.6.6 means the server could not fetch the referenced message content, and 554 with 5.7.14 that it lacks the trust relationship to fetch it.',
    ],
    commonEnhanced: ['5.7.1', '5.7.0', '5.3.4', '5.5.1'],
  },
  {
    code: '555',
    title: 'MAIL FROM/RCPT TO parameters not recognized or not implemented',
    meaning:
      'The server does not recognise or cannot implement one of the extension parameters on MAIL FROM or RCPT TO, such as SIZE, BODY, SMTPUTF8, REQUIRETLS or the DSN parameters NOTIFY, RET, ENVID and ORCPT.',
    whenSeen: [
      'The client sent an ESMTP parameter the server did not advertise in EHLO, for example DSN NOTIFY= to a server without DSN, or SMTPUTF8 to a server without SMTPUTF8.',
      'A client or library that adds parameters unconditionally after falling back from EHLO to HELO.',
      'A misspelled or malformed parameter keyword.',
    ],
    phases: ['MAIL FROM', 'RCPT TO'],
    fix: [
      'Compare the parameters in the failing command with the EHLO capability list from that server; only send parameters for advertised extensions (RFC 5321 requires this).',
      'Fix or upgrade the client library so it checks capabilities, or turn off the option (DSN requests, SMTPUTF8) for that destination.',
    ],
    whoActs: 'sender',
    retry: { policy: 'after-fix', advice: 'Fails until the parameter is removed or the server supports it.' },
    rfcs: ['RFC 5321 §4.1.1.11', 'RFC 5321 §4.2.2', 'RFC 5321 §4.1.1.3', 'RFC 3461'],
    seeAlso: ['455', '501', '504', '5.5.4', '5.5.2'],
    keywords: ['parameter not recognized', 'unsupported option', 'ESMTP parameter', 'NOTIFY', 'DSN', 'SMTPUTF8', 'BODY=8BITMIME'],
    notes: [
      'RFC 5321 §4.1.1.11 assigns 555 to unknown or unimplemented MAIL/RCPT parameters, and 455 to parameters the server cannot accommodate for now. Many servers still answer 501 (syntax error) or 504 (parameter not implemented) instead; treat those as the same problem.',
      'A malformed argument (bad address, broken syntax) is 501, not 555.',
    ],
    commonEnhanced: ['5.5.4', '5.5.2'],
  },
  {
    code: '556',
    title: 'Domain does not accept mail',
    meaning:
      'The recipient domain publishes a null MX (MX 0 ".", RFC 7505), declaring that it accepts no mail at all. Delivery to any address there is impossible.',
    whenSeen: [
      'In a bounce generated by your own MTA or relay: it looked up the recipient domain, found a null MX and failed the message without connecting anywhere (typically 556 5.1.10).',
      'In answer to RCPT TO from a relay or smart host that found a null MX for the next hop and reports it back to you.',
    ],
    phases: ['RCPT TO'],
    fix: [
      'Confirm with dig MX domain +short: a single "0 ." answer is a null MX.',
      'The address is not deliverable; remove or suppress it and ask the recipient for a working address.',
      'If you own the domain and it should receive mail, replace the null MX with real MX records.',
    ],
    whoActs: 'sender',
    retry: { policy: 'never', advice: 'Never retry: the domain owner has declared that it receives no mail.' },
    rfcs: ['RFC 7504', 'RFC 7505'],
    seeAlso: ['521', '550', '5.1.10', '5.7.27', '5.1.2'],
    keywords: ['null MX', 'domain does not accept mail', 'no mail domain', 'MX 0 .', 'parked domain'],
    notes: [
      '556 (with 5.1.10) is for a recipient domain with a null MX; a receiver refusing mail because your sender domain has a null MX uses 550 5.7.27 instead (RFC 7505).',
      'Unlike 521, 556 rarely comes from the destination itself, since a null-MX domain has no server to answer; it is produced by the sending side or an intermediate relay.',
    ],
    commonEnhanced: ['5.1.10'],
  },
];
