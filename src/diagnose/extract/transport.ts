/**
 * Failures below SMTP: the client never reached a server, lost it, or could not set up TLS with
 * it; and a login a library reports without the server's code ("SMTP Error: Could not
 * authenticate."). Mail libraries report these without any reply code (nodemailer's "Greeting never
 * received" and "connect ECONNREFUSED 192.0.2.1:587", Python's SMTPServerDisconnected, JavaMail's "Could not
 * connect to SMTP host", .NET's "actively refused it", Ruby's Net::OpenTimeout), so their words
 * are all there is to go on. Such a text quotes no server reply, so it is diagnosed when someone
 * asks (the CLI, `/smtp diagnose`, a mention) but never answered unasked in a channel: "Connection
 * refused" is as likely a database's.
 */

/** A connection that failed or was lost, or a lookup the resolver could not finish. */
const NETWORK_WORDS = [
  'connection (?:was )?(?:refused|timed out|reset|closed unexpectedly|unexpectedly closed|lost|dropped)',
  'connect(?:ion)? timeout', 'greeting never received', 'no route to host', 'network is unreachable', 'actively refused',
  '\\be(?:connrefused|timedout|connreset|hostunreach|netunreach|notfound|ai_again)\\b', 'getaddrinfo',
  'could not connect to (?:smtp )?host', 'failed to connect to', 'unable to connect to', 'execution expired',
  'smtpserverdisconnected', 'smtpconnecterror', 'server (?:unexpectedly )?disconnected', 'read timed out', 'socket timeout',
  'temporary failure in name resolution', 'operation has timed out',
  // The server hung up mid-session: Java's "Broken pipe", Ruby's EOFError ("end of file reached").
  'broken pipe', 'end of file reached', "can't send command to smtp host", 'closed (?:the )?connection unexpectedly',
];
/** A host name that does not resolve (not a lookup that timed out: that is the network's). */
const NAME_WORDS = [
  '\\benotfound\\b', 'name or service not known', 'host or domain name not found', 'no such host is known', 'nodename nor servname',
  'unknownhostexception',
  // An MTA's own log when the recipient's domain has no mail host: Courier's "…,addr=<a@b>: No such
  // domain.", Haraka's "bouncing mail: Nowhere to deliver mail to for domain: b".
  'addr=<[^<>\\s]{1,254}>: no such domain', 'nowhere to deliver mail to for domain',
];
/** TLS that could not be set up: the certificate (Java's PKIX, Go's x509 too), the protocol, the handshake. */
const TLS_WORDS = [
  'certificate verify failed', 'self[- ]signed certificate', 'unable to verify the first certificate', 'certificate has expired',
  'wrong version number', 'tls handshake', 'ssl handshake', 'handshake failure', 'pkix path building failed', 'x509: certificate',
];
/**
 * A client that requires TLS and finds the server does not offer it (swaks's "*** Host did not
 * advertise STARTTLS", Exim's "a TLS session is required, but the server did not offer TLS support",
 * Jakarta Mail's "STARTTLS is required but host does not support STARTTLS").
 */
const TLS_NOT_OFFERED_WORDS = [
  'did not advertise starttls', 'starttls (?:is )?not (?:advertised|offered|supported)', 'did not offer tls', 'tls (?:is )?required, but',
  // Python's smtplib, Jakarta Mail, msmtp; PHPMailer when the server refuses the command.
  'starttls extension not supported', 'does not support (?:tls|starttls)', 'starttls command failed',
];
/** A login a library reports without the server's code (Sisimai's securityerror; its authfailure is SPF/DKIM/DMARC). */
const AUTH_WORDS = ['could not authenticate', 'smtp auth extension not supported', 'authentication (?:unsuccessful|failed)', 'invalid login',
  // curl's CURLE_LOGIN_DENIED, mutt's "SASL authentication failed".
  'login denied', 'sasl authentication failed'];

const anyOf = (words: string[]) => new RegExp(words.join('|'), 'i');
/** Any of them, as libraries and systems word it. */
const TRANSPORT_FAILURE = anyOf([...NETWORK_WORDS, ...NAME_WORDS, ...TLS_WORDS, ...TLS_NOT_OFFERED_WORDS, ...AUTH_WORDS]);
const NAME_NOT_FOUND = anyOf(NAME_WORDS);
const TLS_FAILURE = anyOf([...TLS_WORDS, ...TLS_NOT_OFFERED_WORDS]);
const TLS_NOT_OFFERED = anyOf(TLS_NOT_OFFERED_WORDS);

/** Whether the words say the server answered but offered no TLS, which the client required. */
export function tlsNotOffered(text: string): boolean {
  return TLS_NOT_OFFERED.test(text);
}
const AUTH_FAILURE = anyOf(AUTH_WORDS);

/** Texts read: an error is short, and a long paste with a code in it has findings already. */
const MAX_TEXT = 8192;

export interface TransportFailure {
  /** The reason its words give: TLS, a name that does not resolve, a login, or the network. */
  reason: 'failedstarttls' | 'hostunknown' | 'securityerror' | 'networkerror';
  /** The line that says what failed. */
  evidence: string;
}

/** The failed connection, name lookup or TLS set-up the text reports, if it reports one. */
export function transportFailure(text: string): TransportFailure | null {
  const head = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (!TRANSPORT_FAILURE.test(head)) return null;
  // A lookup the resolver could not finish ("Host not found, try again") is the network's, not proof the name is gone.
  const reason = TLS_FAILURE.test(head) ? 'failedstarttls' : NAME_NOT_FOUND.test(head) && !/try again|temporar/i.test(head) ? 'hostunknown'
    : AUTH_FAILURE.test(head) ? 'securityerror' : 'networkerror';
  const evidence = head.split(/\r?\n|\r/).find((line) => TRANSPORT_FAILURE.test(line)) ?? '';
  return { reason, evidence: evidence.trim() };
}
